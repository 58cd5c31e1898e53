/**
 * Words that carry no meaning for retrieval: function words, and the words a
 * question is asked with (谁, 什么, 多少…), which the article never contains
 * in the sense asked.
 */
export const QUESTION_WORDS: readonly string[] = [
  '什么样', '什么时候', '什么', '怎么样', '怎么', '怎样', '如何', '为什么', '为何', '哪一年', '哪一天', '哪一个',
  '哪些', '哪个', '哪里', '哪儿', '哪位', '哪家', '哪', '何时', '何地', '何处', '何人', '何种', '何',
  '多少', '多久', '多长', '多大', '几', '谁', '吗', '呢', '么', '请问', '是否', '有没有',
  // Variants that opencc leaves as they are (甚麼 → 甚么) and forms jieba keeps whole.
  '甚么', '为甚么', '哪一种', '哪种', '哪一', '哪边', '何年', '何者',
];

/**
 * Words that name the kind of thing asked (什么时候, 什么原因, 哪一个): the
 * article states the thing itself, so they are neither searched nor required.
 */
const ASKED_KIND_WORDS = ['时', '时候', '原因', '地方', '方式', '类型', '目的', '一个', '一种', '一项', '一场', '一位', '一部', '指', '另', '一', '是因为'];

const FUNCTION_WORDS = [
  '的', '了', '是', '在', '和', '与', '及', '或', '也', '都', '就', '而', '被', '把', '对', '从', '向', '为',
  '以', '于', '由', '之', '其', '这', '那', '这个', '那个', '有', '个', '着', '过', '吧', '啊', '呀', '得',
  '地', '等', '上', '中', '下', '里', '又', '还', '所', '将', '会', '能', '要', '说', '讲', '问', '请',
  '我', '你', '他', '她', '它', '我们', '你们', '他们', '文章', '报道', '文中', '本文', '一下', '告诉',
  '主要', '有关', '除了', '还有', '以及', '提及', '提到', '可以', '能够', '已经', '曾经', '大约', '一共', '总共', '大概', '将近',
];

const STOP = new Set<string>([...QUESTION_WORDS, ...ASKED_KIND_WORDS, ...FUNCTION_WORDS]);

/** True for a word that should not drive retrieval or count as evidence. */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Matches any question word; longest first so that 什么时候 wins over 什么. */
export const QUESTION_WORD_PATTERN = new RegExp(
  QUESTION_WORDS.slice().sort((a, b) => b.length - a.length).join('|'),
  'u',
);
