/**
 * Sentences an association's activities text is made of, in all six languages of the Portal.
 * Each association combines two or three; which translations it publishes depends on the
 * languages of its communities (see activities.ts).
 */
import type { Texts } from '../../../../../lib/locale.js';

/** The six languages the register's activities texts were written in. */
export type Fragment = Required<Pick<Texts, 'it' | 'en' | 'fr' | 'es' | 'ar' | 'zh'>>;

/** One fragment in the six languages, in the order of `LOCALES`. */
export const f = (it: string, en: string, fr: string, es: string, ar: string, zh: string): Fragment => ({ it, en, fr, es, ar, zh });

export const COMMUNITY_FRAGMENTS: readonly Fragment[] = [
  f(
    'Sportello di orientamento ai servizi e accompagnamento alle pratiche di soggiorno.',
    'Guidance desk on local services and help with residence-permit procedures.',
    "Guichet d'orientation vers les services et accompagnement dans les démarches de séjour.",
    'Ventanilla de orientación sobre los servicios y acompañamiento en los trámites de residencia.',
    'مكتب توجيه إلى الخدمات ومرافقة في إجراءات الإقامة.',
    '提供服务指引窗口，协助办理居留手续。',
  ),
  f(
    'Corsi di lingua italiana per adulti, in collaborazione con il CPIA.',
    'Italian language classes for adults, in partnership with the local adult-education centre (CPIA).',
    "Cours d'italien pour adultes, en partenariat avec le CPIA.",
    'Cursos de italiano para adultos, en colaboración con el CPIA.',
    'دروس في اللغة الإيطالية للبالغين بالتعاون مع مركز تعليم الكبار (CPIA).',
    '与成人教育中心（CPIA）合作开设成人意大利语课程。',
  ),
  f(
    "Corsi di lingua d'origine per bambini e ragazzi.",
    'Heritage-language classes for children and teenagers.',
    "Cours de langue d'origine pour enfants et adolescents.",
    'Clases de lengua de origen para niños y adolescentes.',
    'دروس في لغة البلد الأصلي للأطفال والمراهقين.',
    '为儿童和青少年开设母语课程。',
  ),
  f(
    'Feste della comunità, ricorrenze nazionali e momenti di incontro con la cittadinanza.',
    'Community celebrations, national holidays and events open to local residents.',
    'Fêtes de la communauté, fêtes nationales et rencontres avec les habitants.',
    'Fiestas de la comunidad, fechas patrias y encuentros con la ciudadanía.',
    'احتفالات الجالية والأعياد الوطنية ولقاءات مع سكان المدينة.',
    '举办社区节庆、国家节日活动及与市民的交流活动。',
  ),
  f(
    'Mediazione interculturale nelle scuole e nei servizi sanitari.',
    'Intercultural mediation in schools and health services.',
    'Médiation interculturelle dans les écoles et les services de santé.',
    'Mediación intercultural en las escuelas y en los servicios de salud.',
    'وساطة بين الثقافات في المدارس والخدمات الصحية.',
    '在学校和医疗机构提供跨文化调解服务。',
  ),
  f(
    "Orientamento al lavoro, redazione del curriculum e contatti con i centri per l'impiego.",
    'Job guidance, CV writing and contacts with the public employment centres.',
    "Orientation professionnelle, rédaction du CV et liens avec les centres pour l'emploi.",
    'Orientación laboral, redacción del currículum y contacto con los centros de empleo.',
    'توجيه مهني وكتابة السيرة الذاتية والتواصل مع مراكز التشغيل.',
    '提供就业指导、简历撰写以及与公共就业中心的联络。',
  ),
  f(
    'Gruppi di sostegno e attività per le donne della comunità.',
    "Support groups and activities for the community's women.",
    'Groupes de soutien et activités pour les femmes de la communauté.',
    'Grupos de apoyo y actividades para las mujeres de la comunidad.',
    'مجموعات دعم وأنشطة لنساء الجالية.',
    '为社区女性提供互助小组和各类活动。',
  ),
  f(
    'Consulenza legale gratuita su permessi di soggiorno, ricongiungimenti familiari e cittadinanza.',
    'Free legal advice on residence permits, family reunification and citizenship.',
    'Conseil juridique gratuit sur les titres de séjour, le regroupement familial et la nationalité.',
    'Asesoría legal gratuita sobre permisos de residencia, reagrupación familiar y ciudadanía.',
    'استشارات قانونية مجانية حول تصاريح الإقامة ولمّ شمل الأسرة والجنسية.',
    '免费提供居留许可、家庭团聚和入籍方面的法律咨询。',
  ),
  f(
    'Tornei sportivi e attività per il tempo libero dei giovani.',
    'Sports tournaments and leisure activities for young people.',
    'Tournois sportifs et activités de loisirs pour les jeunes.',
    'Torneos deportivos y actividades de ocio para jóvenes.',
    'دورات رياضية وأنشطة ترفيهية للشباب.',
    '为青年组织体育比赛和休闲活动。',
  ),
  f(
    "Progetti di cosviluppo con il paese d'origine.",
    'Co-development projects with the country of origin.',
    "Projets de codéveloppement avec le pays d'origine.",
    'Proyectos de codesarrollo con el país de origen.',
    'مشاريع تنمية مشتركة مع البلد الأصلي.',
    '与原籍国合作开展共同发展项目。',
  ),
];

export const SECOND_GENERATION_FRAGMENTS: readonly Fragment[] = [
  f(
    'Campagne per la riforma della legge sulla cittadinanza e informazione sui diritti delle nuove generazioni.',
    'Campaigns for citizenship-law reform and information on the rights of the new generations.',
    'Campagnes pour la réforme de la loi sur la nationalité et information sur les droits des nouvelles générations.',
    'Campañas por la reforma de la ley de ciudadanía e información sobre los derechos de las nuevas generaciones.',
    'حملات لإصلاح قانون الجنسية وتوعية بحقوق الأجيال الجديدة.',
    '倡导改革国籍法，宣传新生代的权利。',
  ),
  f(
    "Laboratori nelle scuole contro la discriminazione e sull'identità plurale.",
    'Workshops in schools against discrimination and on plural identities.',
    "Ateliers dans les écoles contre la discrimination et sur l'identité plurielle.",
    'Talleres en las escuelas contra la discriminación y sobre la identidad plural.',
    'ورشات في المدارس لمكافحة التمييز وحول الهوية المتعددة.',
    '在学校开展反歧视和多元身份主题工作坊。',
  ),
  f(
    'Tutoraggio allo studio e orientamento universitario per ragazze e ragazzi con background migratorio.',
    'Study mentoring and university guidance for young people with a migrant background.',
    "Tutorat scolaire et orientation universitaire pour les jeunes issus de l'immigration.",
    'Tutoría de estudio y orientación universitaria para jóvenes de origen migrante.',
    'دعم دراسي وتوجيه جامعي للشباب من أصول مهاجرة.',
    '为移民背景青年提供学业辅导和大学升学指导。',
  ),
  f(
    'Podcast, video e contenuti sui social per raccontare le nuove generazioni.',
    'Podcasts, videos and social-media content telling the story of the new generations.',
    'Podcasts, vidéos et contenus sur les réseaux sociaux pour raconter les nouvelles générations.',
    'Pódcasts, vídeos y contenidos en redes sociales para contar las nuevas generaciones.',
    'بودكاست وفيديوهات ومحتوى على وسائل التواصل لرواية قصص الأجيال الجديدة.',
    '通过播客、视频和社交媒体讲述新生代的故事。',
  ),
];
