/**
 * The Portal's documents beside its yearly reports: the second generations' common document of
 * needs and proposals, and DG Immigration's three-year plan against labour exploitation and
 * caporalato in agriculture (2020-2022); each summary in Italian and the Portal's ten languages.
 */
import type { NewPublication } from '../tables.js';

type Document = Omit<NewPublication, 'id'>;

const json = (value: unknown) => JSON.stringify(value);

const SECOND_GENERATIONS: Document = {
  kind: 'SECOND_GENERATIONS_DOCUMENT',
  year: 2014,
  edition: null,
  community_code: null,
  published_on: '2014-12-10',
  title_i18n: json({
    it: 'Seconde generazioni: documento comune di bisogni e proposte',
    en: 'Second generations: a common document of needs and proposals',
  }),
  summary_i18n: json({
    it: "Documento comune delle seconde generazioni: bisogni e proposte emersi dagli incontri dell'area Seconde generazioni del Portale, su cittadinanza, scuola, lavoro, partecipazione e rappresentanza.",
    en: "The second generations' common document: the needs and proposals that emerged from the meetings of the Portal's second generations' area, on citizenship, school, work, participation and representation.",
    fr: "Document commun des deuxièmes générations : les besoins et propositions issus des rencontres de l'espace Deuxièmes générations du Portail, sur la citoyenneté, l'école, le travail, la participation et la représentation.",
    es: 'Documento común de las segundas generaciones: necesidades y propuestas surgidas de los encuentros del área Segundas generaciones del Portal, sobre ciudadanía, escuela, trabajo, participación y representación.',
    ar: 'الوثيقة المشتركة للأجيال الثانية: الاحتياجات والمقترحات التي انبثقت عن لقاءات قسم الأجيال الثانية في البوابة، حول المواطنة والمدرسة والعمل والمشاركة والتمثيل.',
    zh: '第二代移民共同文件：门户网站“第二代”专区会议中提出的需求与建议，涉及公民身份、学校、就业、参与和代表权。',
    sq: 'Dokumenti i përbashkët i brezave të dytë: nevojat dhe propozimet që dolën nga takimet e zonës Brezat e dytë të Portalit, për shtetësinë, shkollën, punën, pjesëmarrjen dhe përfaqësimin.',
    pa: 'ਦੂਜੀ ਪੀੜ੍ਹੀ ਦਾ ਸਾਂਝਾ ਦਸਤਾਵੇਜ਼: ਪੋਰਟਲ ਦੇ ਦੂਜੀ ਪੀੜ੍ਹੀ ਵਾਲੇ ਭਾਗ ਦੀਆਂ ਮੀਟਿੰਗਾਂ ਵਿੱਚੋਂ ਉੱਭਰੀਆਂ ਲੋੜਾਂ ਅਤੇ ਸੁਝਾਅ, ਨਾਗਰਿਕਤਾ, ਸਕੂਲ, ਕੰਮ, ਭਾਗੀਦਾਰੀ ਅਤੇ ਨੁਮਾਇੰਦਗੀ ਬਾਰੇ।',
    ru: 'Общий документ вторых поколений: потребности и предложения, сформулированные на встречах раздела «Вторые поколения» Портала, по вопросам гражданства, школы, работы, участия и представительства.',
    tl: 'Ang pinagsamang dokumento ng ikalawang henerasyon: ang mga pangangailangan at panukalang lumitaw sa mga pulong ng seksiyong Ikalawang Henerasyon ng Portal, tungkol sa pagkamamamayan, paaralan, trabaho, pakikilahok at representasyon.',
    uk: 'Спільний документ других поколінь: потреби та пропозиції, сформульовані на зустрічах розділу «Другі покоління» Порталу, щодо громадянства, школи, роботи, участі та представництва.',
  }),
};

const CAPORALATO_PLAN: Document = {
  kind: 'POLICY_PLAN',
  year: 2020,
  edition: null,
  community_code: null,
  published_on: '2020-02-20',
  title_i18n: json({
    it: 'Piano triennale di contrasto allo sfruttamento lavorativo in agricoltura e al caporalato 2020-2022',
    en: 'Three-year plan to combat labour exploitation in agriculture and caporalato 2020-2022',
  }),
  summary_i18n: json({
    it: 'Piano triennale di contrasto allo sfruttamento lavorativo in agricoltura e al caporalato (2020-2022): prevenzione, vigilanza e contrasto, protezione e assistenza delle vittime, reintegrazione socio-lavorativa.',
    en: 'Three-year plan to combat labour exploitation in agriculture and caporalato (2020-2022): prevention, inspection and enforcement, protection and assistance of victims, social and labour reintegration.',
    fr: "Plan triennal de lutte contre l'exploitation par le travail dans l'agriculture et le « caporalato » (2020-2022) : prévention, contrôle et répression, protection et assistance des victimes, réinsertion sociale et professionnelle.",
    es: 'Plan trienal contra la explotación laboral en la agricultura y el «caporalato» (2020-2022): prevención, vigilancia y represión, protección y asistencia a las víctimas, reinserción sociolaboral.',
    ar: 'الخطة الثلاثية لمكافحة الاستغلال في العمل الزراعي ونظام الوساطة غير القانونية «كابورالاتو» (2020-2022): الوقاية، والرقابة والمكافحة، وحماية الضحايا ومساعدتهم، وإعادة إدماجهم اجتماعيًا ومهنيًا.',
    zh: '打击农业劳动剥削和非法劳务中介（caporalato）三年计划（2020—2022年）：预防、监督与打击、受害者保护与援助、社会与就业再融入。',
    sq: 'Plani trevjeçar kundër shfrytëzimit të punës në bujqësi dhe «caporalato»-s (2020-2022): parandalimi, mbikëqyrja dhe lufta, mbrojtja dhe ndihma për viktimat, riintegrimi social dhe në punë.',
    pa: 'ਖੇਤੀਬਾੜੀ ਵਿੱਚ ਮਜ਼ਦੂਰਾਂ ਦੇ ਸ਼ੋਸ਼ਣ ਅਤੇ ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਦਲਾਲੀ («ਕਾਪੋਰਾਲਾਤੋ») ਵਿਰੁੱਧ ਤਿੰਨ-ਸਾਲਾ ਯੋਜਨਾ (2020-2022): ਰੋਕਥਾਮ, ਨਿਗਰਾਨੀ ਅਤੇ ਕਾਰਵਾਈ, ਪੀੜਤਾਂ ਦੀ ਸੁਰੱਖਿਆ ਅਤੇ ਸਹਾਇਤਾ, ਸਮਾਜਿਕ ਅਤੇ ਰੁਜ਼ਗਾਰ ਵਿੱਚ ਮੁੜ-ਸ਼ਮੂਲੀਅਤ।',
    ru: 'Трёхлетний план по борьбе с трудовой эксплуатацией в сельском хозяйстве и незаконным посредничеством («капоралато») на 2020–2022 годы: профилактика, надзор и пресечение, защита и помощь жертвам, социальная и трудовая реинтеграция.',
    tl: 'Tatlong-taong plano laban sa pagsasamantala sa paggawa sa agrikultura at sa «caporalato» (2020-2022): pag-iwas, pagbabantay at pagsugpo, proteksiyon at tulong sa mga biktima, muling pagsasama sa lipunan at sa trabaho.',
    uk: 'Трирічний план протидії трудовій експлуатації в сільському господарстві та незаконному посередництву («капоралато») на 2020–2022 роки: запобігання, нагляд і протидія, захист і допомога жертвам, соціальна та трудова реінтеграція.',
  }),
};

/** The documents, after the yearly reports. */
export const DOCUMENTS: readonly Document[] = [SECOND_GENERATIONS, CAPORALATO_PLAN];
