/** Words and class hints of page furniture, shared by the rule cleaner and the block model's features. */

/**
 * Wording of donation, membership, subscription and newsletter appeals, in the corpora's languages. Each match
 * is one hit. Every word starts with an ASCII letter, so a plain \b (fast: V8 scans for the first letters) opens
 * the match; the end must not run on into a letter of any script ("abonnés" is not "abonné"). It matches
 * lower-case text (appealHits()): a case-insensitive Unicode regex this size costs V8 milliseconds to compile,
 * on every page the reader opens. Words are apart by any white space, so a raw textContent counts as
 * its squashed text does (no copy of a long text to squash first).
 */
export const APPEAL = /\b(?:donat(?:e|es|ed|ing|ion|ions)|contribut(?:e|ion|ions)|chip\s+in|reader(?:-|\s+)(?:supported|funded)|people(?:-|\s+)powered|support\s+(?:our|us|independent|this)\s+(?=\S)(?:work|journalism|reporting|newsroom)?|become\s+a\s+(?:member|supporter|subscriber|patron)|membership|subscribe|subscriptions?|subscribers?|newsletters?|sign\s+up|inbox|join\s+(?:us|with\s+us|our)|uses\s+cookies|recaptcha|more\s+stories\s+like\s+this|click\s+here|follow\s+us|follow\s+[\p{L}\p{N}.-]+\s+on\s+(?:twitter|facebook|instagram|x|tiktok|linkedin|threads|bluesky|youtube|google\s+news|whatsapp|telegram)|folgen\s+sie\s+uns|suivez-nous|síguenos|seguici|non-?profit|giving\s*tuesday|paywalls?|can'?t\s+do\s+it\s+without\s+you|fund\s+(?:our|this)\s+(?:journalism|newsroom|work)|tax(?:-|\s+)deductible|patreon|every\s+(?:single\s+)?supporter|independent\s+media|jetzt\s+abonnieren|abonnieren\s+sie|abonnieren|abonnent(?:en|innen)?|abo\s+abschließen|im\s+abo|jetzt\s+spenden|mitglied\s+werden|unterstützen\s+sie\s+(?:uns|unseren\s+journalismus|unsere\s+arbeit)|e-paper|abonnez-vous|réservée?\s+aux\s+abonnés|abonnés|abonnement|faites\s+un\s+don|soutenez-nous|inscrivez-vous|suscríbete|suscribirse|suscriptores|suscripción|hazte\s+socio|apóyanos|haz\s+una\s+donación|abbonati|abbonamento|iscriviti|sostienici|fai\s+una\s+donazione|assine|assinantes|assinatura|apoie|abonneer|abonnee|word\s+lid|steun\s+ons|doneer|prenumerera|prenumerant|bli\s+abonnent|støtt\s+oss|zaprenumeruj|subskrypcj\p{L}*|wesprzyj\s+nas|předplatné|předplatit)(?![\p{L}\p{N}])/gu;

/** How many appeal phrases a text holds. */
export const appealHits = (text: string): number => text.toLowerCase().match(APPEAL)?.length ?? 0;

/** Class, id, role and label hints of page furniture. */
export const HINT = /donat|appeal|fundrais|newsletter|subscri|signup|sign-up|promo|related|share|social|membership|support-?us|paywall|most-?(?:read|popular|viewed)|recommend|read-?more|more-?stories|comment|author-?bio|bio-?box|about-?the-?author|advert|sponsor|outbrain|taboola|republish|licen[cs]e|footer|colophon|site-?info|^bottom$|(?:^|[\s_-])cta(?:$|[\s_-])/i;

/**
 * A consent placeholder for an embed ("An dieser Stelle findest du einen externen Inhalt von YouTube…
 * Ich bin damit einverstanden…"): it names content held back (EMBED_HELD) and asks for consent
 * (CONSENT) or a click to show it, in the languages of the corpora. The embed itself is not the page's to load.
 */
export const EMBED_HELD = /(?:\bInhalte? von \S+ angezeigt|\bcontent from \S+ (?:is |to be |being )?(?:shown|displayed|loaded)|\b(?:externe[nrs]?|eingebettete[nrs]?)\s+(?:Inhalte?|Inhalts|Medien)|\b(?:external|embedded|third[- ]party)\s+(?:content|media)|\bcontenus?\s+(?:externes?|tiers|intégrés?)|\bcontenidos?\s+(?:externos?|de terceros)|\bcontenuti?\s+(?:esterni|esterno|di terze parti)|\bexterne inhoud|\bekstern(?:t)? innhold|\bexternt innehåll)/i;
export const CONSENT = /einwillig|klick|click|anzeigen lassen|einblenden|afficher|mostrar|visualizza|einverstanden|zustimm|personenbezogen|datenschutz|drittanbieter|drittplattform|consent|privacy|personal data|cookie|consentement|données personnelles|consentimiento|datos personales|consenso|dati personali|toestemming|samtykke|samtycke/i;

/**
 * The line where a paywall cuts the article ("Il vous reste 57% de cet article à lire", "Weiterlesen mit
 * Abo"): what the page shows after it is the paywall's own text, never the article.
 */
export const PAYWALL_CUT = /(?:il vous reste \d+(?:[.,]\d+)?\s?% de cet article|la suite est réservée aux abonnés|the rest of (?:this|the) (?:article|story) is (?:for|available to|only for) (?:subscribers|members)|(?:continue|keep) reading (?:with|for) (?:a|your) subscription|(?:weiterlesen|lesen sie weiter) mit (?:\S+\s)?(?:abo|plus|abonnement)|um (?:den artikel )?weiterzulesen|para seguir leyendo|para continuar leyendo|continua a leggere|per continuare a leggere|para continuar lendo)/i;
