// Generators of hostile answers files for scripts/fuzz.mjs and tests/security/fuzz.test.ts:
// the shipped examples mutated at the text level (bytes, lines, indentation) and at the data
// level (a value replaced by one of another type or a hostile string, a key dropped or added).
import { parseDocument, stringify } from 'yaml';

/** mulberry32: a small seeded generator, so that every case can be made again from its number. */
export function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

/** Markup in Markdown, HTML or the template dialect, in ASCII (a PDF's body font draws it all). */
export const MARKUP = [
  '-',
  '- ',
  '--- ',
  '***',
  '1. ',
  '2026.',
  '1)',
  '+ ',
  '* ',
  '# ',
  '> ',
  '===',
  '`',
  '```',
  '~~~',
  '\\',
  '&copy;',
  '&#65;',
  '&amp;',
  '<b>',
  '</p>',
  '<!--',
  '-->',
  '<img src=x>',
  '[[x]]',
  '[[?X]]',
  '[a](b)',
  '{{x}}',
  '|',
  '_u_',
  '**',
  '~~',
  '\r',
  '\n',
  '\r\n',
  '    ',
  '"',
  "'",
  '!',
  '$',
  '^',
  ' ',
  '\\|',
  '(c)',
];

const PIECES = [
  ...MARKUP,
  ...['&#0;', '[[:signatures]]', '{{{x}}}', '\t', ': ', ' #', '&a', '*a', '!!js/function', '%YAML', '@'],
  ...['\u0000', '\u001b[2J', '\u0007', '\u007f', '\u0085', '\u2028', '\u202e', '\u2066', '\ufeff'],
  ...['\ufffe', '\uffff', '\ud800', '\udfff', 'Nguyễn', 'Súilleabháin', '中文', '🙂', 'مرحبا', 'שלום', '𝐀'],
  ...['\u0301', 'ﬁ', 'ß', '__proto__', 'constructor', 'null', 'true', '0x10', '1e400', '.nan', '-.inf'],
  ...['2024-02-30', '9999-12-31'],
];

function hostileString(rng) {
  const parts = [];
  for (let n = 1 + rng.int(6); n > 0; n--) {
    const roll = rng.next();
    if (roll < 0.6) parts.push(rng.pick(PIECES));
    else if (roll < 0.95) parts.push('Zq'.repeat(1 + rng.int(3)));
    else parts.push('x'.repeat(rng.pick([100, 3999, 4001, 6000])));
  }
  return parts.join('');
}

function hostileValue(rng) {
  switch (rng.int(8)) {
    case 0:
      return rng.pick([0, -1, 1e-7, 0.005, 1.5, 99.999, 1e308, 2 ** 53, -0, 1e19]);
    case 1:
      return rng.pick([true, false, null]);
    case 2:
      return [hostileString(rng), hostileString(rng)];
    case 3:
      return { [hostileString(rng)]: hostileString(rng) };
    case 4:
      return rng.pick(['', ' ', '2026-01-01', 'CA', 'co-responder', 'covered-entity']);
    default:
      return hostileString(rng);
  }
}

function leafPaths(value, path = [], out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, k], out);
  out.push(path);
  return out;
}

function setIn(data, path, value, remove) {
  if (path.length === 0) return;
  let node = data;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path.at(-1);
  if (remove) {
    if (Array.isArray(node)) node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
}

/** Data-level: 1 to 3 values replaced, removed or added; the rest of the file stays valid. */
function mutateData(text, rng) {
  const data = parseDocument(text).toJS();
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const paths = leafPaths(data).filter((p) => p.length > 0);
    const path = rng.pick(paths);
    const roll = rng.next();
    if (roll < 0.15) setIn(data, path, undefined, true);
    else if (roll < 0.25)
      setIn(data, [...path.slice(0, -1), hostileString(rng).slice(0, 20) || 'extra'], 1, false);
    else setIn(data, path, hostileValue(rng), false);
  }
  return Buffer.from(stringify(data), 'utf8');
}

/** Text-level: characters inserted, ranges deleted, lines swapped or re-indented, bad bytes. */
function mutateText(text, rng) {
  let out = text;
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const at = rng.int(out.length);
    switch (rng.int(5)) {
      case 0:
        out = out.slice(0, at) + rng.pick(PIECES) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + rng.int(40));
        break;
      case 2: {
        const lines = out.split('\n');
        const i = rng.int(lines.length);
        lines.splice(rng.int(lines.length), 0, lines[i]);
        out = lines.join('\n');
        break;
      }
      case 3: {
        const lines = out.split('\n');
        const i = rng.int(lines.length);
        lines[i] = ' '.repeat(rng.int(5)) + lines[i].trimStart();
        out = lines.join('\n');
        break;
      }
      default:
        out =
          out.slice(0, at) +
          rng.pick(['\t', '\r', ': ', '- ', '  ', '"', "'", '[', '{', '&x ', '*x']) +
          out.slice(at);
    }
  }
  const bytes = Buffer.from(out, 'utf8');
  if (rng.next() < 0.05) bytes[rng.int(bytes.length)] = rng.pick([0xe9, 0xff, 0xc3, 0x80]);
  return bytes;
}

/** Case number `n` (from `seed`) as the bytes of an answers file, made from one of `examples`. */
export function fuzzCase(examples, seed, n) {
  const rng = generator(seed * 1_000_003 + n);
  const text = rng.pick(examples);
  return rng.next() < 0.5 ? mutateData(text, rng) : mutateText(text, rng);
}
