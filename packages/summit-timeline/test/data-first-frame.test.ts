// Data given by the page is validated before the element's first frame, so the chart never shows
// up empty while its validator downloads. Its own file, so that no earlier test has loaded the
// validator into the page.
import { expect } from '@open-wc/testing';
import { root, sampleData, settle, type SummitTimeline } from './helpers.js';

/** What a reader sees at each animation frame: whether the chart is there, and its events. */
function recordFrames(el: SummitTimeline) {
  const frames: { chart: boolean; options: number }[] = [];
  let on = true;
  const snap = () => {
    frames.push({
      chart: root(el).querySelector('.viewport') !== null,
      options: root(el).querySelectorAll('[role="option"]').length,
    });
    if (on) requestAnimationFrame(snap);
  };
  requestAnimationFrame(snap);
  return { frames, stop: () => (on = false) };
}

describe('<summit-timeline>: data of the page in the first frame', () => {
  it('draws the events in the first frame that shows the chart', async () => {
    const wrap = document.createElement('div');
    wrap.style.inlineSize = '1000px';
    document.body.append(wrap);
    const el = document.createElement('summit-timeline');
    el.data = sampleData();
    wrap.append(el);
    const rec = recordFrames(el);
    try {
      await settle(el);
      await new Promise((r) => requestAnimationFrame(r));
      rec.stop();
      const charts = rec.frames.filter((f) => f.chart);
      expect(charts.length, 'frames that show the chart').to.be.greaterThan(0);
      expect(
        charts.map((f) => f.options),
        'events in each frame that shows the chart',
      ).to.deep.equal(charts.map(() => sampleData().events.length));
    } finally {
      rec.stop();
      wrap.remove();
    }
  });
});
