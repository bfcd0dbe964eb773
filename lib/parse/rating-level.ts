// A level drawn as a rating, as CV templates show it: "●●●○○", "★★★☆☆", "■■□□□", "4/5". It tells a
// language line as a level word does, but gives no CEFR level (a template's five dots are no
// scale of the CEFR): the rating stays in the level's text for the counsellor.
const FILLED = '●★■◼⬤◆♦▰█';
const EMPTY = '○☆□◻◯◇▱░';
const RATING = new RegExp(`^[\\s:：–—-]*(?:[${FILLED}${EMPTY}](?:\\s?[${FILLED}${EMPTY}]){2,}|\\d{1,2}\\s*/\\s*(?:5|10))(?![\\d/])`, 'u');

/** The text (what follows a language's name) opens with a rating of three marks or more, or a
 *  score out of five or ten. */
export function opensWithRating(text: string): boolean {
  return RATING.test(text);
}
