/** Capitalised words that are never part of a name: they end a run of capitals. */
export const STOP_CAPS = `
i monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january
february march july september october november december jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter thanksgiving halloween ramadan eid hanukkah passover ok okay am pm et est edt gmt utc bst ist cet
pst pdt internet web god yes no i'm i'll i've i'd twenties thirties forties fifties sixties seventies eighties
nineties
`;

/** Page furniture that may open a run ("Copyright NPR", "Photo Getty") but is no part of the name after it. */
export const BOILERPLATE = `
transcript copyright photo photos image images video videos advertisement read watch listen related updated
update breaking click share subscribe sign follow more source credit caption
`;

/** Month names that are also given or family names ("Theresa May"): a month only when not after a given name. */
export const NAME_MONTHS = 'may june april august';

/** Capitalised adjectives of region, faith or party that are not names themselves ("Western", "Sunni"). */
export const NAME_ADJECTIVES = `
western eastern northern southern westerner westerners muslim christian jewish catholic protestant orthodox
sunni shia shiite arab latino hispanic asian african european islamist jihadist democrat democrats democratic
republican republicans conservative conservatives liberal liberals indigenous black white allied olympic
international
`;

/** Upper-case words that start transcript-like lines but do not name a speaker. */
export const LABEL_STOP = `
unidentified person man woman group crowd soundbite archived recording byline host note editor update correction
clarification warning breaking news exclusive watch read more video photos photo live analysis opinion
commentary summary q a question answer interviewer moderator announcer narrator speaker audience chorus source
sources credit related advertisement transcript copyright subscribe contact email tags topics see also updated
published posted by and the report reports
`;

/** Lower-case particles inside names ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = 'von van der den de da di du del della dos das le la bin ibn al el ter ten y';

/** Lower-case tails of hyphenated words that make a modifier, not a name ("Kyiv-based", "Putin-era"). */
export const HYPHEN_TAILS = `
born style like made era run wide free bound old long class type scale size area zone wise ish esque ite ist
`;

/** Upper-case abbreviations that are common nouns, not organizations. */
export const COMMON_ACRONYMS = `
tv gdp ai uav uavs icbm dna hiv aids covid id pc suv atm gps cctv ipo vip usb phd rip lol faq pdf url diy asap
aka ok am pm et est edt gmt utc bst ist cet pst pdt ceo cfo coo cto mp mep md rn lgbt lgbtq ev evs nft vpn sms
mph kph kg km mm cm ft lb lbs oz hq ii iii iv vi vii viii ix xi xii dwi dui ko tko da swat ak mvp rbi cpr ems icu er bmi iq
q1 q2 q3 q4 h1 h2 mp3 mp4 n95
`;

/** Plural nouns that open sentences as speakers ("Authorities said"): capitalised there, never names. */
export const COMMON_PLURALS = `
authorities officials police witnesses sources residents experts analysts critics investigators prosecutors
researchers scientists doctors observers lawmakers organizers neighbors neighbours friends relatives fans
protesters students workers parents officers troops soldiers rescuers firefighters paramedics diplomats leaders
reports videos images photos thousands hundreds dozens millions others people
`;

/** Capitalised nouns that a number completes as a designation, not a name ("Chapter 11", "Juror No. 12"). */
export const DESIGNATORS = `
chapter section article division juror room gate terminal floor page exhibit apartment unit lot number no item
count episode season volume part stage phase round game week day category class grade level block platform ward
bed precinct table figure
`;

/** Last words of events, which a leading ordinal does not join ("the 79th Academy Awards"). */
export const EVENT_WORDS = `
awards award games olympics festival anniversary congress session conference summit championship championships
birthday amendment century edition annual meetings talks hearings elections playoffs finals trials primaries
negotiations protests riots
`;
