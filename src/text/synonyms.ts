/**
 * Words a question may use for what the article says with another word
 * (举行 for 召开). Each group is a set of words that stand for each other in
 * news about events, places and quantities; kept small and general.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['召开', '举行', '举办', '开展', '开幕'],
  // A meeting is named by its kind in the article and generically by readers.
  ['会议', '座谈会', '座谈活动', '座谈', '研讨会'],
  ['位于', '地处', '坐落', '坐落于', '处于'],
  ['参加', '出席', '参与', '与会'],
  ['推介', '介绍', '推荐'],
  ['演讲', '讲话', '发言', '致辞'],
  ['探讨', '讨论', '研讨', '交流'],
  ['签约', '签下', '签订'],
  ['企业', '公司'],
  ['客户', '企业客户'],
  ['突破', '超过', '超'],
  // A total: 一共签了多少个 against 共有271个.
  ['一共', '共有', '共计', '总共', '合计'],
  ['主题', '题目'],
  ['称为', '誉为', '称作', '叫做', '被誉为', '被称为'],
  ['开园', '开业', '开放', '启用'],
  ['引进', '引入', '吸引'],
  ['打造', '建设', '建成'],
  // The verbs of lives and deeds that encyclopaedic questions paraphrase most.
  ['去世', '逝世', '过世', '病逝', '辞世', '身亡', '死去', '死亡', '驾崩'],
  ['出生', '诞生', '出世'],
  ['创办', '创立', '创建', '建立', '成立', '设立', '创设'],
  ['击败', '打败', '战胜', '击溃', '大败'],
  ['杀害', '杀死', '刺杀', '杀掉', '处死'],
  ['撰写', '编写', '写作', '著作', '编著'],
  ['建造', '修建', '兴建', '营建', '修筑'],
  ['率领', '带领', '领导', '统领'],
  ['担任', '出任', '就任', '任职'],
];

const BY_WORD = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) BY_WORD.set(word, group.filter((w) => w !== word));

/** The other words that stand for `word`; empty when it has none. */
export function synonymsOf(word: string): readonly string[] {
  return BY_WORD.get(word) ?? [];
}

const VARIANTS = new Map<string, readonly string[]>();

/**
 * A compound with one of its parts said another way: 上市公司 → 上市企业,
 * 签约客户 → 签约企业客户. Empty when no part has a synonym.
 */
export function variantsOf(word: string): readonly string[] {
  const known = VARIANTS.get(word);
  if (known) return known;
  const found: string[] = [];
  for (const [part, others] of BY_WORD) {
    if (part.length < 2 || part.length >= word.length || !word.includes(part)) continue;
    for (const other of others) found.push(word.replace(part, other));
  }
  VARIANTS.set(word, found);
  return found;
}
