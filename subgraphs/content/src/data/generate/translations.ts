/**
 * The texts the Portal publishes in Italian and all ten other languages: the summaries of its
 * reports and the short version of each newsletter issue, written from one phrase template per
 * language. Names of countries and months, and numbers, are written by Unicode CLDR (`Intl`) in
 * each language, so that no hand-made table can be wrong.
 */
import { LOCALES, type LocaleCode, type Texts } from '../../../../../lib/locale.js';

/** Figures of a community report. */
export interface CommunityFigures {
  readonly year: number;
  /** ISO 3166-1 alpha-2 code of the country of origin. */
  readonly country: string;
  readonly residents: number;
  readonly womenPercent: number;
  readonly employmentPercent: number;
}

/** Figures of a labour-market report. */
export interface LabourMarketFigures {
  readonly year: number;
  readonly edition: number;
  readonly employed: number;
  readonly employmentPercent: number;
  readonly unemploymentPercent: number;
}

/** How many items of each kind an issue holds. */
export interface IssueFigures {
  readonly number: number;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly legislation: number;
  readonly caseLaw: number;
  readonly events: number;
  readonly projects: number;
  readonly publications: number;
  readonly news: number;
}

type Template<F> = (f: F, n: (value: number) => string, extra: { country: string; month: string }) => string;

const COMMUNITY: Record<LocaleCode, Template<CommunityFigures>> = {
  it: (f, n, x) => `Rapporto annuale ${f.year} sulla comunità migrante in Italia. Paese di origine: ${x.country}. Cittadini regolarmente soggiornanti: ${n(f.residents)}, di cui donne il ${f.womenPercent}%. Tasso di occupazione: ${f.employmentPercent}%. Il rapporto esamina lavoro, istruzione, inclusione sociale e rimesse.`,
  en: (f, n, x) => `Annual report ${f.year} on the migrant community in Italy. Country of origin: ${x.country}. Legally resident citizens: ${n(f.residents)}, of whom ${f.womenPercent}% are women. Employment rate: ${f.employmentPercent}%. The report examines work, education, social inclusion and remittances.`,
  fr: (f, n, x) => `Rapport annuel ${f.year} sur la communauté migrante en Italie. Pays d'origine : ${x.country}. Citoyens en séjour régulier : ${n(f.residents)}, dont ${f.womenPercent} % de femmes. Taux d'emploi : ${f.employmentPercent} %. Le rapport examine le travail, l'éducation, l'inclusion sociale et les transferts de fonds.`,
  es: (f, n, x) => `Informe anual ${f.year} sobre la comunidad migrante en Italia. País de origen: ${x.country}. Ciudadanos con residencia regular: ${n(f.residents)}, de los cuales el ${f.womenPercent} % son mujeres. Tasa de empleo: ${f.employmentPercent} %. El informe examina el trabajo, la educación, la inclusión social y las remesas.`,
  ar: (f, n, x) => `التقرير السنوي ${f.year} عن الجالية المهاجرة في إيطاليا. بلد المنشأ: ${x.country}. عدد المقيمين بصفة نظامية: ${n(f.residents)}، منهم ${f.womenPercent}% من النساء. معدل التشغيل: ${f.employmentPercent}%. يتناول التقرير العمل والتعليم والإدماج الاجتماعي والتحويلات المالية.`,
  zh: (f, n, x) => `${f.year}年意大利移民社区年度报告。原籍国：${x.country}。合法居留人数：${n(f.residents)}，其中女性占${f.womenPercent}%。就业率：${f.employmentPercent}%。报告分析了就业、教育、社会融入和侨汇情况。`,
  sq: (f, n, x) => `Raporti vjetor ${f.year} mbi komunitetin e migrantëve në Itali. Vendi i origjinës: ${x.country}. Shtetas me qëndrim të rregullt: ${n(f.residents)}, nga të cilët ${f.womenPercent}% janë gra. Shkalla e punësimit: ${f.employmentPercent}%. Raporti shqyrton punën, arsimin, përfshirjen sociale dhe remitancat.`,
  pa: (f, n, x) => `ਇਟਲੀ ਵਿੱਚ ਪਰਵਾਸੀ ਭਾਈਚਾਰੇ ਬਾਰੇ ਸਾਲਾਨਾ ਰਿਪੋਰਟ ${f.year}। ਮੂਲ ਦੇਸ਼: ${x.country}। ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਰਹਿ ਰਹੇ ਨਾਗਰਿਕ: ${n(f.residents)}, ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ ${f.womenPercent}% ਔਰਤਾਂ ਹਨ। ਰੁਜ਼ਗਾਰ ਦਰ: ${f.employmentPercent}%। ਰਿਪੋਰਟ ਕੰਮ, ਸਿੱਖਿਆ, ਸਮਾਜਿਕ ਸ਼ਮੂਲੀਅਤ ਅਤੇ ਘਰ ਭੇਜੇ ਜਾਂਦੇ ਪੈਸਿਆਂ ਦੀ ਜਾਂਚ ਕਰਦੀ ਹੈ।`,
  ru: (f, n, x) => `Ежегодный доклад за ${f.year} год о мигрантской общине в Италии. Страна происхождения: ${x.country}. Легально проживающие граждане: ${n(f.residents)}, из них ${f.womenPercent}% — женщины. Уровень занятости: ${f.employmentPercent}%. В докладе рассматриваются работа, образование, социальная интеграция и денежные переводы.`,
  tl: (f, n, x) => `Taunang ulat ${f.year} tungkol sa komunidad ng mga migrante sa Italya. Bansang pinagmulan: ${x.country}. Mga mamamayang legal na naninirahan: ${n(f.residents)}, kung saan ${f.womenPercent}% ay kababaihan. Antas ng trabaho: ${f.employmentPercent}%. Sinusuri ng ulat ang trabaho, edukasyon, panlipunang pagsasama at mga padala.`,
  uk: (f, n, x) => `Щорічна доповідь за ${f.year} рік про мігрантську громаду в Італії. Країна походження: ${x.country}. Громадяни, які легально проживають: ${n(f.residents)}, з них ${f.womenPercent}% — жінки. Рівень зайнятості: ${f.employmentPercent}%. У доповіді розглянуто роботу, освіту, соціальну інтеграцію та грошові перекази.`,
};

const LABOUR_MARKET: Record<LocaleCode, Template<LabourMarketFigures>> = {
  it: (f, n) => `Rapporto annuale «I migranti nel mercato del lavoro in Italia», edizione n. ${f.edition} (${f.year}). Occupati stranieri: ${n(f.employed)}; tasso di occupazione degli stranieri: ${f.employmentPercent}%; tasso di disoccupazione: ${f.unemploymentPercent}%. Il rapporto analizza assunzioni, settori, retribuzioni e politiche attive del lavoro.`,
  en: (f, n) => `Annual report "Migrants in the Italian Labour Market", edition no. ${f.edition} (${f.year}). Foreign nationals in employment: ${n(f.employed)}; employment rate of foreign nationals: ${f.employmentPercent}%; unemployment rate: ${f.unemploymentPercent}%. The report analyses hiring, sectors, wages and active labour market policies.`,
  fr: (f, n) => `Rapport annuel « Les migrants sur le marché du travail en Italie », édition n° ${f.edition} (${f.year}). Étrangers en emploi : ${n(f.employed)} ; taux d'emploi des étrangers : ${f.employmentPercent} % ; taux de chômage : ${f.unemploymentPercent} %. Le rapport analyse les embauches, les secteurs, les salaires et les politiques actives de l'emploi.`,
  es: (f, n) => `Informe anual «Los migrantes en el mercado laboral en Italia», edición n.º ${f.edition} (${f.year}). Extranjeros ocupados: ${n(f.employed)}; tasa de empleo de los extranjeros: ${f.employmentPercent} %; tasa de desempleo: ${f.unemploymentPercent} %. El informe analiza las contrataciones, los sectores, los salarios y las políticas activas de empleo.`,
  ar: (f, n) => `التقرير السنوي «المهاجرون في سوق العمل في إيطاليا»، الإصدار رقم ${f.edition} (${f.year}). عدد العاملين الأجانب: ${n(f.employed)}؛ معدل تشغيل الأجانب: ${f.employmentPercent}%؛ معدل البطالة: ${f.unemploymentPercent}%. يحلل التقرير التوظيف والقطاعات والأجور والسياسات النشطة لسوق العمل.`,
  zh: (f, n) => `年度报告《意大利劳动力市场中的移民》第${f.edition}版（${f.year}年）。外籍就业人数：${n(f.employed)}；外国人就业率：${f.employmentPercent}%；失业率：${f.unemploymentPercent}%。报告分析了招聘、行业、工资和积极的劳动力市场政策。`,
  sq: (f, n) => `Raporti vjetor "Migrantët në tregun e punës në Itali", botimi nr. ${f.edition} (${f.year}). Të huaj të punësuar: ${n(f.employed)}; shkalla e punësimit të të huajve: ${f.employmentPercent}%; shkalla e papunësisë: ${f.unemploymentPercent}%. Raporti analizon punësimet, sektorët, pagat dhe politikat aktive të punës.`,
  pa: (f, n) => `ਸਾਲਾਨਾ ਰਿਪੋਰਟ "ਇਟਲੀ ਦੀ ਕਿਰਤ ਮੰਡੀ ਵਿੱਚ ਪਰਵਾਸੀ", ਅੰਕ ${f.edition} (${f.year})। ਰੁਜ਼ਗਾਰ ਪ੍ਰਾਪਤ ਵਿਦੇਸ਼ੀ: ${n(f.employed)}; ਵਿਦੇਸ਼ੀਆਂ ਦੀ ਰੁਜ਼ਗਾਰ ਦਰ: ${f.employmentPercent}%; ਬੇਰੁਜ਼ਗਾਰੀ ਦਰ: ${f.unemploymentPercent}%। ਰਿਪੋਰਟ ਭਰਤੀ, ਖੇਤਰਾਂ, ਤਨਖ਼ਾਹਾਂ ਅਤੇ ਸਰਗਰਮ ਕਿਰਤ ਨੀਤੀਆਂ ਦਾ ਵਿਸ਼ਲੇਸ਼ਣ ਕਰਦੀ ਹੈ।`,
  ru: (f, n) => `Ежегодный доклад «Мигранты на рынке труда Италии», выпуск № ${f.edition} (${f.year}). Занятые иностранцы: ${n(f.employed)}; уровень занятости иностранцев: ${f.employmentPercent}%; уровень безработицы: ${f.unemploymentPercent}%. В докладе анализируются наём, отрасли, заработная плата и активная политика на рынке труда.`,
  tl: (f, n) => `Taunang ulat na "Ang mga Migrante sa Merkado ng Paggawa sa Italya", edisyon blg. ${f.edition} (${f.year}). Mga dayuhang may trabaho: ${n(f.employed)}; antas ng trabaho ng mga dayuhan: ${f.employmentPercent}%; antas ng kawalan ng trabaho: ${f.unemploymentPercent}%. Sinusuri ng ulat ang pagkuha ng manggagawa, mga sektor, sahod at mga aktibong patakaran sa paggawa.`,
  uk: (f, n) => `Щорічна доповідь «Мігранти на ринку праці Італії», випуск № ${f.edition} (${f.year}). Зайняті іноземці: ${n(f.employed)}; рівень зайнятості іноземців: ${f.employmentPercent}%; рівень безробіття: ${f.unemploymentPercent}%. У доповіді проаналізовано наймання, галузі, заробітну плату та активну політику на ринку праці.`,
};

const SHORT_VERSION: Record<LocaleCode, Template<IssueFigures>> = {
  it: (f, _n, x) => `Newsletter n. ${f.number}, ${x.month}. In questo numero — normativa: ${f.legislation}; giurisprudenza: ${f.caseLaw}; eventi: ${f.events}; progetti: ${f.projects}; pubblicazioni: ${f.publications}; notizie su migrazione e asilo: ${f.news}.`,
  en: (f, _n, x) => `Newsletter no. ${f.number}, ${x.month}. In this issue — legislation: ${f.legislation}; case law: ${f.caseLaw}; events: ${f.events}; projects: ${f.projects}; publications: ${f.publications}; news on migration and asylum: ${f.news}.`,
  fr: (f, _n, x) => `Lettre d'information n° ${f.number}, ${x.month}. Dans ce numéro — législation : ${f.legislation} ; jurisprudence : ${f.caseLaw} ; événements : ${f.events} ; projets : ${f.projects} ; publications : ${f.publications} ; actualités sur la migration et l'asile : ${f.news}.`,
  es: (f, _n, x) => `Boletín n.º ${f.number}, ${x.month}. En este número — legislación: ${f.legislation}; jurisprudencia: ${f.caseLaw}; eventos: ${f.events}; proyectos: ${f.projects}; publicaciones: ${f.publications}; noticias sobre migración y asilo: ${f.news}.`,
  ar: (f, _n, x) => `النشرة الإخبارية رقم ${f.number}، ${x.month}. في هذا العدد — التشريعات: ${f.legislation}؛ الاجتهاد القضائي: ${f.caseLaw}؛ الفعاليات: ${f.events}؛ المشاريع: ${f.projects}؛ المنشورات: ${f.publications}؛ أخبار الهجرة واللجوء: ${f.news}.`,
  zh: (f, _n, x) => `第${f.number}期通讯，${x.month}。本期内容——立法：${f.legislation}；判例：${f.caseLaw}；活动：${f.events}；项目：${f.projects}；出版物：${f.publications}；移民与庇护新闻：${f.news}。`,
  sq: (f, _n, x) => `Buletini nr. ${f.number}, ${x.month}. Në këtë numër — legjislacioni: ${f.legislation}; jurisprudenca: ${f.caseLaw}; ngjarjet: ${f.events}; projektet: ${f.projects}; botimet: ${f.publications}; lajme për migracionin dhe azilin: ${f.news}.`,
  pa: (f, _n, x) => `ਨਿਊਜ਼ਲੈਟਰ ਅੰਕ ${f.number}, ${x.month}। ਇਸ ਅੰਕ ਵਿੱਚ — ਕਾਨੂੰਨ: ${f.legislation}; ਅਦਾਲਤੀ ਫ਼ੈਸਲੇ: ${f.caseLaw}; ਸਮਾਗਮ: ${f.events}; ਪ੍ਰੋਜੈਕਟ: ${f.projects}; ਪ੍ਰਕਾਸ਼ਨ: ${f.publications}; ਪਰਵਾਸ ਅਤੇ ਸ਼ਰਨ ਬਾਰੇ ਖ਼ਬਰਾਂ: ${f.news}।`,
  ru: (f, _n, x) => `Информационный бюллетень № ${f.number}, ${x.month}. В этом выпуске — законодательство: ${f.legislation}; судебная практика: ${f.caseLaw}; мероприятия: ${f.events}; проекты: ${f.projects}; публикации: ${f.publications}; новости о миграции и убежище: ${f.news}.`,
  tl: (f, _n, x) => `Newsletter blg. ${f.number}, ${x.month}. Sa isyung ito — mga batas: ${f.legislation}; mga desisyon ng hukuman: ${f.caseLaw}; mga kaganapan: ${f.events}; mga proyekto: ${f.projects}; mga publikasyon: ${f.publications}; mga balita tungkol sa migrasyon at asylum: ${f.news}.`,
  uk: (f, _n, x) => `Інформаційний бюлетень № ${f.number}, ${x.month}. У цьому випуску — законодавство: ${f.legislation}; судова практика: ${f.caseLaw}; заходи: ${f.events}; проєкти: ${f.projects}; публікації: ${f.publications}; новини про міграцію та притулок: ${f.news}.`,
};

const countryNames = new Map(LOCALES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));
const numbers = new Map(LOCALES.map((l) => [l, new Intl.NumberFormat(l)]));
const months = new Map(
  LOCALES.map((l) => [l, new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' })]),
);

/** The country of `code` in `locale` (Unicode CLDR). */
export function countryName(locale: LocaleCode, code: string): string {
  return countryNames.get(locale)?.of(code) ?? code;
}

/** `YYYY-MM` as a month and year in `locale`, e.g. "dicembre 2026". */
export function monthName(locale: LocaleCode, month: string): string {
  return months.get(locale)?.format(new Date(`${month}-01T00:00:00Z`)) ?? month;
}

function render<F>(templates: Record<LocaleCode, Template<F>>, figures: F, country: string, month: string): Texts {
  const out: Partial<Record<LocaleCode, string>> = {};
  for (const locale of LOCALES) {
    const n = (value: number) => numbers.get(locale)?.format(value) ?? String(value);
    out[locale] = templates[locale](figures, n, {
      country: country && countryName(locale, country),
      month: month && monthName(locale, month),
    });
  }
  return out as Texts;
}

/** The summary of a community report, in every language of the Portal. */
export const communityReportSummary = (f: CommunityFigures): Texts => render(COMMUNITY, f, f.country, '');
/** The summary of a labour-market report, in every language of the Portal. */
export const labourMarketSummary = (f: LabourMarketFigures): Texts => render(LABOUR_MARKET, f, '', '');
/** The short version of a newsletter issue, in every language of the Portal. */
export const issueShortVersion = (f: IssueFigures): Texts => render(SHORT_VERSION, f, '', f.month);
