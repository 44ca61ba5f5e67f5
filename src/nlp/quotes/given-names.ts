/** Common given names with a usual gender: lets "she" skip a nearer "Jerry Tibbs". A hint only; unknown names stay neutral. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const MALE_NAMES = set(`
  aaron adam adrian ahmed alan albert alex alexander alexei ali andre andrew andy angelo anthony antonio antony arthur
  barack ben benjamin bernard bill billy bob bobby boris brad brandon brian bruce bryan carl carlos charles charlie chris
  christopher colin craig dan daniel danny dave david dennis derek dmitry dominic donald doug douglas dylan ed eddie
  edward emmanuel eric evan felix francis frank fred frederick gary george gerald gordon graham greg gregory guy hans
  harold harry henry hugh hugo ian ivan jack jacob jake james jamie jason javier jean jeff jeffrey jeremy jerry jesse jim
  jimmy joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth
  kevin kim-jong kyle larry lee leon leonard lloyd louis luis luke marcus mario mark martin matt matthew max michael
  mike mikhail miguel mitch mohammed muhammad nathan neil nicholas nick nicolas noah oliver omar oscar owen pablo
  patrick paul pedro peter phil philip pierre ralph ray raymond richard rick rob robert roger ron ronald roy russell ryan
  sam samuel scott sean sergei sergey simon stanley stephen steve steven stuart ted terry thomas tim timothy todd tom
  tommy tony troy tyler victor vincent vladimir volodymyr walter warren wayne william willie xavier yuri zach
`);

export const FEMALE_NAMES = set(`
  abigail alexandra alice alicia alison amanda amber amy ana andrea angela angelina ann anna anne annie barbara betty
  bettie beverly brenda brittany carol caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire
  claudia cynthia dana danielle daphne deborah debra denise diana diane donna doris dorothy elena elizabeth ellen emily
  emma erica erin eva evelyn fiona frances gail gloria grace hannah heather helen hillary holly irene jacqueline jane
  janet janice jean jennifer jessica jill joan joanne josephine joyce judith judy julia julie karen kate katherine kathleen
  kathy katie kelly kim kimberly kristen laura lauren linda lindsay lisa liz lori louise lucy lynn madeleine margaret maria
  marie marilyn martha mary maryann megan melanie melissa michelle monica nancy natalie nicole nina olga pamela patricia
  paula pauline rachel rebecca rita rose ruth sally samantha sandra sara sarah sharon shirley sophie stephanie susan
  suzanne tanya teresa theresa tina tracy valentina valerie vanessa victoria virginia wendy yvonne yulia zoe
`);
