/** Title words that head a role written before a name ("Secretary", "Minister"); lower case, no dots. */
export const CORE_TITLES = `
president president-elect vice-president secretary secretary-general minister premier chancellor ambassador envoy
senator sen rep representative congressman congresswoman governor gov mayor king queen prince princess emperor
empress pope cardinal archbishop bishop rabbi imam ayatollah sheikh sheik sultan emir judge justice attorney
general gen admiral adm commander cmdr colonel col major maj captain capt lieutenant lt sergeant sgt corporal cpl
marshal brigadier director spokesman spokeswoman spokesperson chief leader chairman chairwoman chairperson chair
ceo cfo coo cto founder speaker mr mrs ms miss mx dr prof professor sir dame lord lady baron baroness duke duchess
earl reverend rev pastor detective det officer sheriff superintendent inspector constable commissioner prosecutor
coach manager head treasurer magistrate councillor councilman councilwoman councilmember alderman assemblyman
assemblywoman mp mep chancellor-elect const cpt supt insp deputy trooper
`;

/** Forms of address that are not roles. */
export const HONORIFICS = 'mr mrs ms miss mx dr sir dame madam mme';

/** Portfolio words that complete a title ("Secretary of State", "Defense Secretary"). */
export const DEPARTMENTS = `
state defense defence foreign affairs interior justice treasury finance health homeland security energy commerce
labor labour education agriculture transportation transport trade economy economic home environment housing
veterans war culture tourism information communications infrastructure industry development intelligence staff
joint chiefs national public internal external emergency emergencies digital science technology sport sports
youth family welfare social immigration migration planning budget police armed forces navy army air force
marine corps general majority minority deputy vice prime executive acting interim first
`;

/** Words that qualify a role ("former", "acting") and may precede it. */
export const ROLE_MODIFIERS = `
former then acting interim late outgoing incoming new deputy vice assistant associate senior top chief junior
current longtime veteran retired ex founding co executive regional provincial local federal state national
foreign defense defence prime press military security party opposition presidential special general supreme
spy intelligence police army navy rebel militant union company government campaign team club church
`;

/** Nouns naming what a person is or does: a name right after one ("leader Kim") or in apposition is a person. */
export const ROLE_NOUNS = `
leader dictator president spokesman spokeswoman spokesperson secretary minister chief head director chairman
chairwoman chair ceo founder co-founder cofounder owner executive boss manager coach commander general officer
official ambassador envoy diplomat negotiator adviser advisor aide strategist analyst expert researcher scientist
economist professor lecturer academic historian author writer novelist poet journalist reporter correspondent
editor columnist photographer host anchor presenter producer filmmaker actor actress singer songwriter rapper
musician guitarist drummer frontman star comedian model designer artist player striker midfielder defender
goalkeeper quarterback pitcher captain champion athlete driver pilot lawyer attorney prosecutor judge
investigator detective sheriff mayor governor senator congressman congresswoman lawmaker legislator politician
candidate nominee challenger incumbent premier chancellor king queen prince princess monarch emperor pope cleric
imam rabbi priest pastor bishop activist campaigner organizer protester whistleblower suspect victim witness
survivor resident student teacher doctor physician surgeon nurse businessman businesswoman entrepreneur
billionaire tycoon magnate investor banker rep representative publicist agent wife husband son daughter mother
father brother sister widow friend ally rival critic opponent commissioner superintendent inspector soldier
sergeant colonel lieutenant admiral marshal deputy counsel chaplain veteran mp speaker militant fighter
commentator blogger influencer founder partner scholar engineer worker employee staffer fan teen teenager boy
girl guard forward catcher shortstop outfielder infielder linebacker receiver boxer wrestler swimmer golfer
sprinter runner skater cyclist trainer promoter referee umpire jockey technician
`;
