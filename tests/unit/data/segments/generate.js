// Expected segment counts from Twilio's own calculator (npm `sms-segments-calculator`, MIT, see
// LICENSE-sms-segments-calculator.txt), for TestSegmentCounter::matchesTwilioCalculator.
// The output is committed so that CI needs no npm. To regenerate (same seed, same file):
//   cd "$(mktemp -d)" && npm install sms-segments-calculator@1.3.0 &&
//   NODE_PATH="$PWD/node_modules" node /path/to/tests/unit/data/segments/generate.js \
//       > /path/to/tests/unit/data/segments/expected.json
'use strict';
const { SegmentedMessage } = require('sms-segments-calculator');
const GraphemeSplitter = require('grapheme-splitter');

// mulberry32: a small seeded generator, so the bodies are the same on every run.
let seed = 15;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const gsmBasic = [...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'];
const words = ['Hi', 'thanks', 'order', 'Your', 'delivery', 'is', 'on', 'its', 'way', 'ok', 'see you',
  'at', '9:30', 'call', 'us', 'Grüße', 'à', 'bientot', '¿Qué', 'tal?'];
const gsmExtension = [...'^{}\\[~]|€\f'];
const bmpOutsideGsm = ['ж', 'ç', 'ő', 'ł', '中', 'あ', 'ا', 'ü\u0308', 'e\u0301', 'n\u0303', '•', '✓'];
const astral = ['😀', '👍', '🎉', '🙏', '𝐀', '🔥'];
const smartChars = ['“', '”', '„', '‟', '«', '»', '‘', '’', '‛', 'ʼ', '‐', '–', '—', '―', '…',
  '\u2001', '\u200b', '\u2060', '\ufeff', '！', '＄', '（', '）', '？', 'Ａ', '０', '９'];
// Clusters of several code points. Only those the calculator keeps whole go in (its splitter
// predates some newer emoji; the script says which it dropped).
const clusterCandidates = ['👍🏽', '👋🏿', '🇺🇸', '🇩🇪', '🇫🇷', '1️⃣', '#️⃣', '*️⃣', '👨‍👩‍👧',
  '👨‍👩‍👧‍👦', '👩‍❤️‍👨', '❤️', '☺️', '🤦🏽‍♀️', '👨‍⚕️', '🏃‍♂️', '👩‍👦', '👁️‍🗨️'];
const splitter = new GraphemeSplitter();
const clusters = clusterCandidates.filter((c) => {
  const whole = splitter.splitGraphemes(c).length === 1;
  if (!whole) console.error(`left out (the calculator splits it): ${c}`);
  return whole;
});

const token = (pools) => {
  const pool = pick(pools);
  return pick(pool);
};
// Text of about `units` UTF-16 units from the pools, then `tail` more tokens.
function fill(units, pools) {
  let text = '';
  while (text.length < units) text += token(pools);
  return text;
}

const cases = [];
function add(body, smart) {
  if (body.length === 0) return;
  const message = new SegmentedMessage(body, 'auto', smart);
  const last = message.segments[message.segments.length - 1];
  const bitsPerUnit = message.encodingName === 'GSM-7' ? 7 : 16;
  const nonGsm = message.getNonGsmCharacters();
  cases.push({
    body,
    smart,
    encoding: message.encodingName,
    segments: message.segmentsCount,
    left: Math.floor(last.freeSizeInBits() / bitsPerUnit),
    nonGsm: message.encodingName === 'UCS-2' && nonGsm.length > 0 ? nonGsm[0] : '',
  });
}

const gsmBoundaries = [160, 306, 459, 612];
const ucsBoundaries = [70, 134, 201, 268];
for (let i = 0; i < 700; ++i) {
  // GSM-7 with extension characters near a boundary (an escape and its character stay together).
  add(fill(pick(gsmBoundaries) - between(0, 6), [gsmBasic, words]) +
      fill(between(0, 6), [gsmExtension, gsmBasic]), false);
  // UCS-2 with a multi-code-point cluster where a segment ends.
  const prefix = fill(pick(ucsBoundaries) - between(-2, 8), [gsmBasic, words, bmpOutsideGsm, astral]);
  add(prefix + pick(clusters) + fill(between(0, 12), [gsmBasic, clusters, astral]), false);
  // Anything: mixed text of any length up to five segments.
  add(fill(between(1, 360), [gsmBasic, words, gsmExtension, bmpOutsideGsm, astral, clusters,
    ['\r\n']]), false);
  // Smart encoding, with the look-alikes both Twilio's table and ours replace the same way.
  add(fill(between(1, 330), [gsmBasic, words, smartChars, smartChars]), true);
  if (i % 2 === 0)
    add(fill(between(1, 200), [gsmBasic, smartChars, astral, clusters]), true);
}
process.stdout.write('[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
console.error(`${cases.length} cases`);
