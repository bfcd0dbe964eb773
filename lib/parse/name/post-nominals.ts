// Degrees and professional letters written after a name ("Hannah Pritchard BSc (Hons)", "Tom Reid
// MRICS", "Dr Amina Diallo, PhD"): not part of the surname. British CVs add them often; a surname in
// capitals ("Julie MARTIN") must not be taken for them, hence a list rather than "any capitals".

/** Letters after a name, as British and French CVs write them (compared without dots). */
const LETTERS = new Set(
  `BA BSc BEng BEd BMus LLB MA MSc MEng MRes MPhil MBA MPA LLM PhD DPhil EdD DBA MD MBBS BDS BSN RN RGN RMN
  RNLD PGCE QTS NQT CEng IEng EngTech MRICS FRICS AssocRICS MCIOB FCIOB MCIPS MCIPD FCIPD Assoc CIPD
  ACCA FCCA ACA FCA CIMA ACMA FCMA CGMA MAAT FMAAT AAT CTA ATT MIET MIMechE MICE MIStructE CMgr MCMI FCMI
  CPA CFA PMP PRINCE2 DipHE CertHE FdA FdSc HND HNC Hons MCSP HCPC CMIOSH TechIOSH GradIOSH MIOSH`.split(/\s+/),
);

/** "(Hons)", "BSc", "M.Sc.", "MRICS": one item of the letters, with its brackets or dots. */
function isLetters(word: string): boolean {
  const bare = word.replace(/^[(,]+|[),;]+$/g, '').replace(/\./g, '');
  return bare.length > 0 && LETTERS.has(bare);
}

/** The name without the letters after it; unchanged when nothing but letters would be left. */
export function withoutPostNominals(text: string): string {
  const words = text.trim().split(/\s+/);
  let end = words.length;
  while (end > 2 && isLetters(words[end - 1]!)) end--;
  return end === words.length ? text.trim() : words.slice(0, end).join(' ').replace(/,$/, '');
}
