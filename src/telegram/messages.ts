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

/** The language to reply in: the script the question is written in, else the person's language. */
export function replyLang(question: string, userLang: Lang): Lang {
  const script = detectScript(question);
  if (script === 'traditional') return 'hant';
  if (script === 'simplified') return 'hans';
  return userLang;
}

interface Texts {
  greeting: (name: string, title: string) => string;
  examplesIntro: string;
  help: string;
  notSaid: string;
  tryAsking: string;
  empty: string;
  nonText: string;
  apology: string;
  throttled: string;
  askUsage: string;
  about: string;
}

const HANS: Texts = {
  greeting: (name, title) => `你好${name ? `，${name}` : ''}！我读过这篇文章：「${title}」。用中文问我文章里的人物、数字、时间、地点或事情，我会给出简短的答案和原文依据。`,
  examplesIntro: '可以试试：',
  help:
    '我回答关于这篇文章的问题：谁做了什么、某人是谁、多少、什么时候、在哪里、是什么。\n' +
    '私聊里直接发问题即可；在群里用 /ask 问题、@我，或回复我的消息。文章没有写到的，我会直接说“文章没有提到”。\n' +
    '/about 查看文章信息。',
  notSaid: '文章没有提到这一点。',
  tryAsking: '你可以问：',
  empty: '请发一个问题，例如：',
  nonText: '我只能读文字问题，请用文字提问。',
  apology: '抱歉，处理你的问题时出了错，请稍后再试。',
  throttled: '你问得太快了，请稍等几秒再问。',
  askUsage: '用法：/ask 你的问题，例如 ',
  about: '文章',
};

const EN: Texts = {
  greeting: (name, title) => `Hello${name ? `, ${name}` : ''}! I have read this article: “${title}”. Ask me in Chinese about its people, numbers, dates, places or facts; I answer briefly and quote the sentence that says it.`,
  examplesIntro: 'Try:',
  help:
    'I answer questions about the article: who did what, who someone is, how many, when, where, what.\n' +
    'In a private chat just send the question; in a group use /ask, mention me, or reply to me. When the article does not say, I tell you so.\n' +
    '/about shows the article.',
  notSaid: 'The article does not say.',
  tryAsking: 'You could ask:',
  empty: 'Send me a question, for example:',
  nonText: 'I can only read text questions; please type yours.',
  apology: 'Sorry, something went wrong with your question. Please try again later.',
  throttled: 'You are asking very fast; please wait a few seconds.',
  askUsage: 'Usage: /ask your question, e.g. ',
  about: 'Article',
};

function traditional(t: Texts): Texts {
  return {
    ...t,
    greeting: (name, title) => toTraditional(t.greeting(name, title)),
    ...Object.fromEntries(
      Object.entries(t)
        .filter(([, v]) => typeof v === 'string')
        .map(([k, v]) => [k, toTraditional(v as string)]),
    ),
  } as Texts;
}

const TEXTS: Record<Lang, Texts> = { hans: HANS, hant: traditional(HANS), en: EN };

/** The bot's fixed texts in a language. */
export function texts(lang: Lang): Texts {
  return TEXTS[lang];
}
