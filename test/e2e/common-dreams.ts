/** What a reader must see and copy on the Common Dreams fixture, shared by the Chromium and Firefox suites. */
export const CD_URL = 'https://www.commondreams.org/news/2017/08/04/doj-bullying-cities-complying-anti-immigration-efforts';
export const CD_TITLE = "DOJ 'Bullying' Cities Into Complying With Anti-Immigration Efforts";
export const CD_ATTRIBUTION = `“DOJ ‘Bullying’ Cities Into Complying With Anti-Immigration Efforts” by Julia Conley, Common Dreams (4 August 2017), is licensed under CC BY-NC-ND 3.0.
Source: ${CD_URL}
Licence: https://creativecommons.org/licenses/by-nc-nd/3.0/
Publisher's notice: “Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.”`;

/** The article's third paragraph, as the page's HTML has it (the notes tests cut it). */
export const CD_THIRD = "<p>The cities' leaders were ordered to give federal agents access to their jails and to notify immigration authorities before an undocumented immigrant is released from jail.</p>";
/** A sentence the notes tests add at the start of the article. */
export const CD_ADDED = 'An editor added this sentence later. ';
