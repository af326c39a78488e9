// The URLs of a srcset as a browser reads them, written from the HTML standard's algorithm (not
// shared with the card, so it can judge the card's own splitter): skip whitespace and commas; a URL
// runs to whitespace and, if it ends with commas, ends its candidate; else descriptors run to a
// comma outside parentheses. A test oracle for the Node fuzz test and the browser hostile tests.

/**
 * @param {string} srcset
 * @returns {string[]}
 */
export function srcsetUrls(srcset) {
  const urls = [];
  const ws = (c) => c !== undefined && /[\t\n\f\r ]/.test(c);
  let i = 0;
  while (i < srcset.length) {
    while (ws(srcset[i]) || srcset[i] === ',') i++;
    if (i >= srcset.length) break;
    const start = i;
    while (i < srcset.length && !ws(srcset[i])) i++;
    const url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    let parens = false;
    for (; i < srcset.length; i++) {
      const c = srcset[i];
      if (c === '(') parens = true;
      else if (c === ')') parens = false;
      else if (c === ',' && !parens) break;
    }
    i++;
    urls.push(url);
  }
  return urls;
}
