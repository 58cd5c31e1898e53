import { detectScript, toTraditional } from '../text/script.js';

/** The languages the bot speaks: Simplified and Traditional Chinese, and English. */
export type Lang = 'hans' | 'hant' | 'en';

/** The language for a Telegram `language_code`; Simplified Chinese by default. */
export function langOf(languageCode: string | undefined): Lang {
  const code = (languageCode ?? '').toLowerCase();
  if (/^zh-(?:hant|tw|hk|mo)/u.test(code)) return 'hant';
  if (code.startsWith('en')) return 'en';
  return 'hans';
}

/**
 * The script to answer a question in: the one it is written in; when it shows
 * none (「GDP多少」), the person's last one (`remembered`), else Traditional for a
 * person whose Telegram speaks it, else Simplified. Answers quote a Chinese
 * article, so English speakers get them in Simplified.
 */
export function replyLang(question: string, userLang: Lang, remembered?: 'hans' | 'hant'): 'hans' | 'hant' {
  const script = detectScript(question);
  if (script === 'traditional') return 'hant';
  if (script === 'simplified') return 'hans';
  return remembered ?? (userLang === 'hant' ? 'hant' : 'hans');
}

interface Texts {
  greeting: (name: string, title: string) => string;
  examplesIntro: string;
  help: string;
  notSaid: string;
  /** Introduces the sentence the article comes closest to saying it in, when it does not say it. */
  closest: string;
  tryAsking: string;
  empty: string;
  nonText: string;
  apology: string;
  /** The notice to a person who asks faster than the limit: their questions wait, none is lost. */
  throttled: string;
  /** Said once the queue is worked through, when some questions did not fit in it. */
  skipped: (count: number) => string;
  askUsage: string;
  about: string;
  reporter: string;
  /** A question in another language: the bot reads Chinese; two examples follow. */
  foreign: string;
  /** A long message with no question in it. */
  sendAlone: string;
  /** Before the answer to the one question picked out of a long message. */
  longPicked: (question: string) => string;
  /** After a numbered reply that left questions out. */
  tooMany: (answered: number) => string;
  /** A name of the question read as the article's. */
  corrected: (pairs: string) => string;
  /** Which of several articles an answer comes from. */
  source: (title: string) => string;
  /** An unknown command. */
  unknownCommand: (command: string) => string;
  /** Said once when added to a group. */
  groupIntro: (name: string, title: string) => string;
  /** The inline result for an empty query. */
  inlineHelpTitle: string;
  inlineHelpDescription: string;
  /** Before an inline answer: the question it answers. */
  asked: string;
  /** After a follow-up's answer, when what a word stood for is not obvious. */
  took: (word: string, as: string) => string;
  /** After the answer to an ellipsis (那X呢？): the whole question it was read as. */
  tookQuestion: (question: string) => string;
  /** 「还有呢？」 when the article says nothing more. */
  noMore: string;
  /** The acknowledgement of 👍 or 👎. */
  thanks: string;
  /** A button the bot no longer knows (from before a restart, or a question no longer recorded). */
  stale: string;
  /** /privacy: exactly what is kept. */
  privacy: (recording: boolean, followUpMinutes: number) => string;
  /** /article with several articles: which one. */
  chooseArticle: string;
  /** Labels of the article card. */
  card: { people: string; figures: string };
  /** The command menu. */
  commands: { start: string; help: string; about: string; ask: string; article: string; privacy: string };
}

const HANS: Texts = {
  greeting: (name, title) => `你好${name ? `，${name}` : ''}！我读过这篇文章：《${title}》。用中文问我文章里的人物、数字、时间、地点或事情，我会给出简短的答案和原文依据。`,
  examplesIntro: '可以试试：',
  help:
    '我回答关于这篇文章的问题：谁做了什么、某人是谁、多少、什么时候、在哪里、是什么。\n' +
    '私聊里直接发问题即可，一条消息可以问几个问题；在群里用 /ask 问题、@我，或回复我的消息。改了问题，我会改我的回答。文章没有写到的，我会直接说“文章没有提到”。\n' +
    '接着问也可以：“他说了什么？”“那上市企业呢？”“还有呢？”。答案下面有可以接着问的问题和 👍/👎。\n' +
    '/article 看文章卡片，/about 查看文章信息，/privacy 看我记录什么。',
  notSaid: '文章没有提到这一点。',
  closest: '文章里最接近的一句是：',
  tryAsking: '你可以问：',
  empty: '请发一个问题，例如：',
  nonText: '我只能读文字问题，请用文字提问（图片可以配上文字说明）。',
  apology: '抱歉，处理你的问题时出了错，请稍后再试。',
  throttled: '你问得太快了。后面的问题我记下了，会按顺序在几秒钟后陆续回答。',
  skipped: (n) => `刚才问题太多，有 ${n} 个没能排上队，没有回答；需要的话请再问一次。`,
  askUsage: '用法：/ask 你的问题，例如 ',
  about: '文章',
  reporter: '记者',
  foreign: '我读的是一篇中文新闻，只懂中文问题。请用中文提问，例如：',
  sendAlone: '这条消息很长，我没有在里面找到问题。请把问题单独发给我，例如：',
  longPicked: (q) => `（消息很长，我回答其中最后一个问题：${q}）`,
  tooMany: (n) => `（一条消息我最多回答 ${n} 个问题，其余的请另发。）`,
  corrected: (pairs) => `（文章里写作${pairs}）`,
  source: (title) => `（出自《${title}》）`,
  unknownCommand: (c) => `我不认识 ${c} 这个命令，发 /help 看看我能做什么。`,
  groupIntro: (name, title) =>
    `大家好，我是 ${name}，读过这篇文章：《${title}》。想问文章里的事，可以用 /ask 问题、@${name} 问题，或者回复我的消息；别的聊天我不插话。`,
  inlineHelpTitle: '输入一个关于文章的问题',
  inlineHelpDescription: '例如：',
  asked: '问：',
  took: (w, a) => `（这里的“${w}”指${a}）`,
  tookQuestion: (q) => `（按“${q}”理解）`,
  noMore: '文章里没有更多了。',
  thanks: '谢谢，已记下。',
  stale: '这个按钮已经过期了，请重新提问。',
  privacy: (on, minutes) =>
    (on
      ? '我记录每个问题：问题原文、匹配到的问题类型、是否答出、你按的👍/👎、聊天类型（私聊或群）和时间。不记录你的用户名、用户 ID 或聊天 ID，只存它们加盐后的哈希值（用来区分同一个人重复提问，无法还原）。这些记录只用来找出答不上的问题、改进机器人。'
      : '我不记录你的问题。') +
    (minutes > 0 ? `\n为了理解追问（“他”“那……呢？”），我会在 ${minutes} 分钟内记住这个聊天里你上一个问题和它的答案。` : ''),
  chooseArticle: '我读过几篇文章，看哪一篇？',
  card: { people: '人物', figures: '数字' },
  commands: {
    start: '开始：问候与示例问题',
    help: '能回答什么、怎么问',
    about: '文章的标题、来源、日期与记者',
    ask: '提问（群里使用）：/ask 问题',
    article: '文章卡片：导语、人物、数字',
    privacy: '我记录什么',
  },
};

const EN: Texts = {
  greeting: (name, title) => `Hello${name ? `, ${name}` : ''}! I have read this article: 《${title}》. Ask me in Chinese about its people, numbers, dates, places or facts; I answer briefly and quote the sentence that says it.`,
  examplesIntro: 'Try:',
  help:
    'I answer questions about the article: who did what, who someone is, how many, when, where, what.\n' +
    'In a private chat just send the question (several in one message are fine); in a group use /ask, mention me, or reply to me. Edit a question and I edit my answer. When the article does not say, I tell you so.\n' +
    'Follow-ups work too: “他说了什么？”, “那上市企业呢？”, “还有呢？”. Under an answer: questions to ask next, and 👍/👎.\n' +
    '/article shows the article card, /about the article, /privacy what I keep.',
  notSaid: 'The article does not say.',
  closest: 'The closest it comes is:',
  tryAsking: 'You could ask:',
  empty: 'Send me a question, for example:',
  nonText: 'I can only read text questions; please type yours (a photo with a caption works too).',
  apology: 'Sorry, something went wrong with your question. Please try again later.',
  throttled: 'You are asking very fast. I have kept your next questions and will answer them in order over the next few seconds.',
  skipped: (n) => `There were too many questions at once: ${n} did not fit in the queue and were not answered. Please ask them again.`,
  askUsage: 'Usage: /ask your question, e.g. ',
  about: 'Article',
  reporter: 'reporter',
  foreign: 'I read a Chinese news article and understand questions in Chinese only. Please ask in Chinese, for example:',
  sendAlone: 'That message is long and I found no question in it. Please send the question on its own, for example:',
  longPicked: (q) => `(A long message; I answered its last question: ${q})`,
  tooMany: (n) => `(I answer at most ${n} questions per message; please send the others separately.)`,
  corrected: (pairs) => `(the article writes ${pairs})`,
  source: (title) => `(from 《${title}》)`,
  unknownCommand: (c) => `I don't know ${c}; send /help to see what I can do.`,
  groupIntro: (name, title) =>
    `Hello everyone, I'm ${name}. I have read the article 《${title}》. To ask about it, use /ask 问题, mention @${name}, or reply to one of my messages; I stay out of other conversations.`,
  inlineHelpTitle: 'Type a question about the article (in Chinese)',
  inlineHelpDescription: 'For example: ',
  asked: 'Q: ',
  took: (w, a) => `(“${w}” taken as ${a})`,
  tookQuestion: (q) => `(read as “${q}”)`,
  noMore: 'The article says nothing more.',
  thanks: 'Thank you, noted.',
  stale: 'This button has expired; please ask again.',
  privacy: (on, minutes) =>
    (on
      ? 'I record each question: its text, the kind of question it matched, whether it was answered, the 👍/👎 you press, the chat type (private or group) and the time. Not your name, user id or chat id: only a salted hash of them (to tell repeat questions apart; it cannot be turned back). The records are used only to find what I could not answer.'
      : 'I do not record your questions.') +
    (minutes > 0 ? `\nTo understand follow-ups (“他”, “那……呢？”) I remember your last question in this chat and its answer for ${minutes} minutes.` : ''),
  chooseArticle: 'I have read several articles. Which one?',
  card: { people: 'People', figures: 'Figures' },
  commands: {
    start: 'Start: a greeting and example questions',
    help: 'What I answer and how to ask',
    about: 'The article: title, source, date, reporter',
    ask: 'Ask (in groups): /ask question',
    article: 'The article card: lead, people, figures',
    privacy: 'What I keep',
  },
};

/** The Simplified texts in Traditional script, functions included (their results converted). */
function traditional<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: never[]) => unknown;
    return ((...args: never[]) => traditional(fn(...args))) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, traditional(v)])) as T;
  }
  return value;
}

const TEXTS: Record<Lang, Texts> = { hans: HANS, hant: traditional(HANS), en: EN };

/** The bot's fixed texts in a language. */
export function texts(lang: Lang): Texts {
  return TEXTS[lang];
}

/** A text of the reply's language in Chinese script: answers are always in Chinese, so English chrome falls back to Simplified. */
export function chineseLang(lang: Lang): 'hans' | 'hant' {
  return lang === 'hant' ? 'hant' : 'hans';
}
