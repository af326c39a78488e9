// Server-side rendering of <summit-timeline> in Node (no DOM): @tianshan/summit-timeline/ssr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSummitTimeline } from '../../dist/ssr.js';
import { TimelineDataError } from '../../dist/element.js';

/** The declarative shadow root's content, and the element's light DOM (the no-JS content). */
function split(markup) {
  const m =
    /^<summit-timeline([^>]*)><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/summit-timeline>$/.exec(
      markup,
    );
  assert.ok(m, 'renders <summit-timeline> with a declarative shadow root');
  return { attrs: m[1], shadow: m[2], light: m[3] };
}

/** The text of each list item, markup removed. */
const items = (light) =>
  [...light.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((x) => x[1].replace(/<[^>]*>/g, ''));

test('renders the title and the ordered list of the built-in dataset, not the chart', async () => {
  const markup = await renderSummitTimeline({}, { lang: 'en' });
  const { attrs, shadow, light } = split(markup);
  assert.match(attrs, / data-ssr/);
  assert.match(attrs, / lang="en"/);
  assert.match(light, /^<h2>China–Central Asia summits<\/h2><ol>/);
  const list = items(light);
  assert.ok(list.length >= 12, `lists every event (${list.length})`);
  // (Intl puts thin spaces around the range's dash.)
  assert.ok(
    list.some((t) =>
      /^May 18\s–\s19, 2023: First China–Central Asia Summit — Xi&#39;an, China$/.test(t),
    ),
  );
  assert.ok(list.some((t) => /^June 17, 2025: .*Astana, Kazakhstan$/.test(t)));
  assert.ok(list.some((t) => /^2027: .*\(announced\)$/.test(t)));
  assert.ok(
    list.some((t) => /^2029: .*Kyrgyzstan.*\(projected\)$/.test(t)),
    'one projected summit',
  );
  assert.match(light, /<time datetime="2023-05-18">/);
  // In time order.
  const dates = [...light.matchAll(/datetime="([^"]+)"/g)].map((x) => x[1]);
  assert.deepEqual([...dates].sort(), dates);
  // The chart is left to the browser; the shadow root is hydratable.
  assert.doesNotMatch(markup, /<svg|role="option"/);
  assert.match(shadow, /^<style>/);
  assert.match(shadow, /<!--lit-part [^>]+-->/);
});

test('lang picks the dataset translation and the element language', async () => {
  const zh = await renderSummitTimeline({}, { lang: 'zh-CN' });
  const { attrs, light } = split(zh);
  assert.match(attrs, / lang="zh-CN"/);
  assert.match(light, /^<h2>中国—中亚峰会<\/h2>/);
  assert.ok(items(light).some((t) => t.startsWith('2027年')));
  const ru = await renderSummitTimeline({}, { lang: 'ru' });
  assert.match(split(ru).light, /<h2>[^<]*Центральн/);
});

test('props: projections, kinds, heading level and attributes', async () => {
  const markup = await renderSummitTimeline(
    {
      projections: 3,
      kinds: 'summit',
      selected: 'summit-2025',
      orientation: 'vertical',
      headingLevel: 3,
    },
    { lang: 'en' },
  );
  const { attrs, light } = split(markup);
  assert.match(attrs, / projections="3"/);
  assert.match(attrs, / kinds="summit"/);
  assert.match(attrs, / selected="summit-2025"/);
  assert.match(attrs, / orientation="vertical"/);
  assert.match(light, /^<h3>/);
  const list = items(light);
  assert.ok(
    list.every((t) => /Summit|summit/.test(t)),
    'only summits',
  );
  assert.equal(list.filter((t) => t.endsWith('(projected)')).length, 3);
  const none = await renderSummitTimeline({ projections: 0 }, { lang: 'en' });
  assert.ok(!items(split(none).light).some((t) => t.endsWith('(projected)')));
});

test('the CSP nonce goes on every inline style', async () => {
  const markup = await renderSummitTimeline({}, { lang: 'en', nonce: 'abc123==' });
  const styles = markup.match(/<style[^>]*>/g) ?? [];
  assert.ok(styles.length >= 1);
  for (const s of styles) assert.equal(s, '<style nonce="abc123==">');
});

test('custom data: listed, escaped, and passed to the browser as inline JSON', async () => {
  const data = {
    version: 1,
    title: 'Our <b>events</b>',
    events: [
      {
        id: 'b',
        start: '2024-03',
        kind: 'milestone',
        status: 'held',
        title: 'Second </script><script>alert(1)</script>',
      },
      { id: 'a', start: '2020', kind: 'summit', status: 'held', title: 'First' },
    ],
  };
  const markup = await renderSummitTimeline({ data }, { lang: 'en' });
  const { light } = split(markup);
  assert.match(light, /^<h2>Our &lt;b&gt;events&lt;\/b&gt;<\/h2>/);
  assert.deepEqual(items(light), [
    '2020: First',
    'March 2024: Second &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
  ]);
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(light);
  assert.ok(json, 'inline JSON');
  assert.doesNotMatch(json[1], /</);
  assert.equal(JSON.parse(json[1]).events[0].title, data.events[0].title);
  assert.equal((markup.match(/<script/g) ?? []).length, 1, 'no other script element');
  // A JSON string works too.
  const fromText = await renderSummitTimeline({ data: JSON.stringify(data) }, { lang: 'en' });
  assert.deepEqual(items(split(fromText).light), items(light));
});

test('src without data: the element and its title, no list', async () => {
  const markup = await renderSummitTimeline({ src: '/data/summits.json' }, { lang: 'en' });
  const { attrs, light } = split(markup);
  assert.match(attrs, / src="\/data\/summits\.json"/);
  assert.doesNotMatch(light, /<ol>/);
});

test('invalid data and options reject with errors that say why', async () => {
  await assert.rejects(
    renderSummitTimeline(
      {
        data: {
          version: 1,
          events: [{ id: 'x', start: '2025-13-45', kind: 'summit', status: 'held', title: 'X' }],
        },
      },
      { lang: 'en' },
    ),
    (err) => err instanceof TimelineDataError && /events\[0\]\.start/.test(err.message),
  );
  await assert.rejects(
    renderSummitTimeline({ data: '{not json' }, { lang: 'en' }),
    TimelineDataError,
  );
  await assert.rejects(renderSummitTimeline({}, { lang: '' }), RangeError);
  await assert.rejects(renderSummitTimeline({}, {}), RangeError);
  await assert.rejects(renderSummitTimeline({}, { lang: 'en', nonce: 'a"b' }), RangeError);
});
