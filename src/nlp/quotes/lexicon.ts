/** Word lists for quote attribution: general English news usage, nothing story-specific. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Lemmas of verbs that report speech or writing ("said", "told", "added", "condemned ... as"). */
export const CUE_LEMMAS = set(`
  say tell add state explain note write tweet reply respond answer ask continue conclude declare announce
  insist argue claim confirm acknowledge admit deny warn urge vow pledge promise predict suggest stress emphasize
  emphasise observe remark comment recall concede caution complain joke quip enthuse describe call condemn
  criticize criticise praise accuse testify report quote cite agree counter allege assert contend maintain
  mention reveal disclose hint lament plead shout scream yell whisper mutter exclaim recount repeat reiterate
  announce proclaim boast concur object protest demand tout dismiss label brand characterize characterise term
  apologize apologise thank denounce chant bemoan eulogize eulogise order assure blast slam hail laud post
`);

/** Verbs that report speech only with their particle ("pointed out", "as X put it"). */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['put', 'it'],
]);

/** Cue lemmas that take their speaker after them in inversions ("said X", "added the spokesman"). */
export const INVERTING_LEMMAS = set(`
  say add tell ask write explain continue conclude note state reply respond answer insist enthuse claim argue
  warn recall observe comment remark exclaim quip joke declare confirm announce
`);

/** Cues whose object, not their subject, may be named right before the quote ("called it ..."). */
export const NAMING_LEMMAS = set('call describe label brand dub term characterize characterise name');

/** Words right before a quoted span that make it a name or a term rather than someone's words. */
export const TERM_MARKERS = set(`so-called dubbed nicknamed titled entitled named known nickname codenamed code-named
  slogan motto banner hashtag term phrase`);

/** Head nouns of phrases that can stand for a speaker when no name is given. */
export const ROLE_HEADS = set(`
  spokesman spokeswoman spokesperson spokespeople official officials officer officers source sources analyst analysts
  diplomat diplomats minister ministers aide aides lawyer lawyers attorney attorneys negotiator supplier professor
  neighbor neighbour neighbors neighbours man woman men women resident residents witness witnesses director executive
  president chairman chairwoman chair chief head leader leaders secretary ambassador envoy commander general
  spokespersons expert experts economist economists researcher researchers scientist scientists student students
  worker workers employee employees member members representative representatives police
  authorities government ministry agency department company firm group union council committee board administration
  coach manager owner founder ceo cfo governor mayor senator congressman congresswoman lawmaker lawmakers legislator
  judge prosecutor prosecutors investigator investigators detective sheriff deputy captain lieutenant sergeant
  commissioner inspector guard doctor doctors nurse victim victims survivor survivors relative relatives friend
  friends father mother son daughter brother sister wife husband uncle aunt nephew niece cousin parent parents
  family user users fan fans voter voters citizen citizens observer observers critic critics activist activists
  campaigner campaigners organizer organizers organiser organisers journalist journalists reporter editor writer
  author historian strategist adviser advisor advisers advisors consultant partner teacher pastor priest bishop
  candidate superintendent principal killer suspect defendant plaintiff operator pilot captain player players
  trainer official's military army navy ministry's embassy white office demonstrators protesters
`);

/** Titles and role words that precede a name inside a capitalised run ("Defense Secretary Lloyd Austin"). */
export const TITLE_WORDS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend father sister brother
  president vice premier chancellor prime minister secretary governor gov gov. senator sen sen. representative
  rep rep. congressman congresswoman councilman councilwoman councillor mayor judge justice sheriff undersheriff
  chief deputy assistant general gen gen. admiral adm adm. colonel col col. major maj maj. captain capt capt.
  lieutenant lt lt. sergeant sgt sgt. corporal cpl cpl. officer constable const const. detective det det.
  inspector commissioner superintendent ambassador king queen prince princess pope cardinal bishop ayatollah
  sheikh emir president-elect chairman chairwoman director commander spokesman spokeswoman attorney ada
  state defense defence foreign interior justice treasury health home finance trade labor labour economy
  education energy transport transportation agriculture commerce army navy air force police fire district
  county superior court supreme federal national u.s. us uk un eu nato leader head ceo cfo coo executive
  marshal trooper private doctor professor ceo. senior acting interim former late first lady member manager coach owner publisher editor
  commodore
`);

/** Tokens that end an organisation name inside a capitalised run ("Chrysler LLC Jim Press"). */
export const ORG_SUFFIXES = set(`llc inc inc. corp corp. co co. ltd ltd. plc group company department agency
  ministry party university institute association council committee union foundation center centre bank productions
  pictures`);

export const MALE_PRONOUNS = set('he him his himself');
export const FEMALE_PRONOUNS = set('she her hers herself');
export const PLURAL_PRONOUNS = set('they them their');
export const SUBJECT_PRONOUNS = set('he she they it we i');

export const MALE_WORDS = set(`mr mr. sir lord king prince father brother son husband man boy actor spokesman
  chairman congressman councilman uncle nephew businessman sheikh emir`);
export const FEMALE_WORDS = set(`mrs mrs. ms ms. miss dame lady queen princess mother sister daughter wife woman girl
  actress spokeswoman chairwoman congresswoman councilwoman aunt niece businesswoman`);

/** Transcript label roles that mark narration (the programme's own staff), not newsmakers. */
export const NARRATOR_ROLES = set(`host byline anchor correspondent reporter moderator interviewer announcer
  narrator presenter co-host`);

/** Adverbs and auxiliaries allowed between a speaker and the cue ("X also said", "X has said"). */
export const CUE_FILLERS = set(`also later then earlier previously again further has have had will would 'd ’d
  'll ’ll subsequently recently separately repeatedly quickly simply several many times`);

/** Day and time words that may sit between a speaker and the cue ("X on Thursday said"). */
export const TIME_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  morning afternoon evening night week weekend month year earlier later`);

/** Words that may join parts of a personal name. */
export const NAME_PARTICLES = set('de del della der di du da dos das van von bin ibn al el la le st st. mc mac');

/** Words that make a capitalised run a place, a body or a product rather than a person. */
export const NOT_PERSON = new Set(
  `north south east west northern southern eastern western new united states kingdom republic union island islands city
  county street avenue road river lake mount mountain bay sea ocean gulf airlines airways air motors motor group company
  international national bank party council ministry department agency court university college school hospital center
  centre times post news press journal daily corporation association foundation institute service services fund trust
  force army navy police airport station church club team games awards cup league house hall office state government
  america american europe european asia african africa china chinese korea korean japan russia russian british french
  german india indian canada canadian australia australian world global federal general capital valley park square senate congress parliament assembly
  commission committee cabinet administration embassy coalition alliance forces military white hong kong san
  santa los las sri tel kuala buenos rio port fort saint st. cape el abu beach heights springs
  hills falls creek island mills industries holdings partners capital systems technologies technology foods stores
  brothers energy oil gas media entertainment studios records insurance securities investments ventures labs solutions
  software networks communications telecom railways railway shipping logistics hotels resorts pharmaceuticals
  herald tribune gazette telegraph guardian observer chronicle globe mail examiner courier inquirer bulletin magazine
  reporter today weekly`
    .trim()
    .split(/\s+/),
);

/** Role heads that stand for institutions, not people: "he" never refers back to them. */
export const INSTITUTIONS = set(`government ministry agency department company firm group union council committee board
  administration police authorities military army navy embassy office white statement report letter court family
  ministry's official's`);
