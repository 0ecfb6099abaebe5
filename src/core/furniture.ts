/** Words and class hints of page furniture, shared by the rule cleaner and the block model's features. */

/** Wording of donation, membership and newsletter appeals. Each match is one hit. */
export const APPEAL = /\b(?:donat(?:e|es|ed|ing|ion|ions)|contribut(?:e|ion|ions)|chip in|reader[- ](?:supported|funded)|people[- ]powered|support (?:our|us|independent|this) (?:work|journalism|reporting|newsroom)?|become a (?:member|supporter|subscriber|patron)|membership|subscribe|subscriptions?|subscribers?|newsletters?|sign up|inbox|join (?:us|with us|our)|uses cookies|click here|follow us|non-?profit|giving ?tuesday|paywalls?|can'?t do it without you|fund (?:our|this) (?:journalism|newsroom|work)|tax[- ]deductible|patreon|every (?:single )?supporter|independent media)\b/gi;

/** Class, id, role and label hints of page furniture. */
export const HINT = /donat|appeal|fundrais|newsletter|subscri|signup|sign-up|promo|related|share|social|membership|support-?us|paywall|most-?(?:read|popular|viewed)|recommend|read-?more|more-?stories|comment|author-?bio|bio-?box|about-?the-?author|advert|sponsor|outbrain|taboola|republish|licen[cs]e|footer|colophon|site-?info|^bottom$|(?:^|[\s_-])cta(?:$|[\s_-])/i;
