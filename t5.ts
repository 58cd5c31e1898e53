import { segment, loadSegmenter } from './src/text/segment.js';
import { normalize } from './src/text/normalize.js';
loadSegmenter();
for (const s of ['華北人民政府主席董必武給中國人民銀行', '由原高麗王朝守門下侍中李成桂建立', '陳誠奉派為北路軍前敵總指揮', '俄羅斯總統普京在莫斯科', '曹魏太尉司馬懿滅公孫淵', '高句麗國相明臨答夫在坐原戰役', '其創辦人為輔仁大學倡議者之一的英斂之', '班傑明·富蘭克林做了'])
  console.log(segment(normalize(s)).map(t => t.word + '/' + t.tag).join(' '));
