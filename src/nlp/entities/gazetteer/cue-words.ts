/** Last words that make a capitalised run an organization ("... Ministry", "... Center"). */
export const ORG_SUFFIXES = `
department ministry council agency party corp corporation inc incorporated ltd llc plc co company companies group
university college school academy institute institution foundation fund association federation committee
commission court bank center centre office bureau authority administration service services assembly parliament
congress senate union league alliance coalition movement army navy forces force guard corps police brigade
battalion regiment command church hospital clinic club team network news times post journal herald tribune
gazette telegraph press magazine radio television tv airlines airways motor motors industries systems technologies
aircraft aerospace aviation exchange research
labs laboratories pharmaceuticals holdings partners trust society organization organisation board cabinet
secretariat directorate tribunal initiative initiatives project program programme museum studios records
entertainment media charity mission embassy consulate bloc caucus group advisors advisers associates consulting
consultants solutions ventures enterprises investments securities insurance foods brands stores pictures films
productions distribution logistics resorts hotels casino
`;

/** Last words that make a capitalised run a place ("... Region", "... River"). */
export const PLACE_SUFFIXES = `
region province oblast city county district island islands isles river lake sea ocean gulf bay strait straits
mountain mountains hills valley desert peninsula coast beach park square street avenue road boulevard bridge
airport port harbor harbour canal plaza heights plains forest falls springs canyon highlands territory
territories republic kingdom emirate governorate prefecture municipality borough township village town station
base stadium arena palace st ave blvd rd
`;

/** First words that, followed by "of", "for" or "on", open an organization name ("Ministry of ...", "Bank of ..."). */
export const ORG_OF_HEADS = `
ministry department university bank bureau office institute council court church board museum academy
association league federation organization organisation commission committee house chamber school college hall
center centre centers alliance coalition fund foundation society campaign movement network
`;

/** First words that, followed by "of", open a place name ("Gulf of ...", "Isle of ..."). */
export const PLACE_OF_HEADS = 'gulf sea bay strait isle cape horn republic kingdom city state province region county';

/** First words of a place name ("Mount Everest", "Lake Victoria"). */
export const PLACE_PREFIXES = 'mount mt lake cape fort st saint san santa port ciudad puerto porto isla';

/** Nouns that, right after a name or as its apposition, make it an organization. */
export const ORG_NOUNS = `
firm company group organization organisation agency party network channel newspaper magazine broadcaster outlet
website station union bank startup maker manufacturer retailer brand charity foundation institute university
college school hospital club team band airline carrier ministry department council committee commission court
militia movement coalition alliance consortium conglomerate corporation giant operator provider developer
publisher studio label association federation league watchdog regulator business automaker carmaker insurer
lender chain supermarket tabloid daily
`;

/** Nouns that, right after a name or as its apposition, make it a place. */
export const PLACE_NOUNS = `
region province oblast city town village district county state border area governorate prefecture municipality
capital port island peninsula valley river lake mountains coast neighborhood neighbourhood suburb borough
township territory enclave settlement airport base country nation hometown
`;

/** Nouns after a name that make it a person ("the Biden administration"). */
export const PERSON_FOLLOWERS = 'administration presidency campaign government';

/** Lemmas of verbs that report speech: "X said" makes X a speaker. */
export const SPEECH_LEMMAS = `
say tell add note explain warn claim insist argue write state announce deny confirm ask reply respond acknowledge
admit emphasize emphasise stress urge testify tweet post declare suggest predict estimate believe think accuse
describe praise criticize criticise condemn characterize report recall reiterate contend concede assert maintain
observe remark comment caution vow pledge promise threaten allege complain lament quip joke disclose reveal
`;

/** Verbs before a name that make it a speaker ("said X"). */
export const SPEECH_BEFORE =
  'say said says add added write wrote explain explained note noted insist insisted recall recalled';

/** Prepositions of location: an unknown name right after one is a place. */
export const LOCATIVE = 'in near outside across throughout inside into toward towards around';

/** Prepositions that put a city in space ("in Seoul", "strikes on Kyiv"): then it is the place itself. */
export const SPATIAL =
  'in at from to near into onto on outside across around through throughout toward towards via inside within of over';

/** What a state does besides speaking: decide, judge, want ("Russia vowed", "Europe will be watching"). */
export const STATE_LEMMAS = `
agree refuse sign ratify veto expel summon retaliate reject demand recognize recognise sanction impose seek want hope
fear expect view consider watch plan intend vow
`;

/** Verbs whose object, when a capital city, stands for its government ("warned Moscow"). */
export const ADDRESS_LEMMAS = 'warn urge accuse tell criticize criticise condemn pressure blame ask sanction';

/** Nouns after a city's possessive that keep it literal ("Kyiv's mayor", "Seoul's streets"). */
export const LITERAL_PLACE_NOUNS = `
street streets resident residents people population mayor airport center centre outskirts suburb suburbs downtown
skyline metro subway hospital hospitals neighborhood neighborhoods district districts city citizens inhabitants
weather port harbor university museum museums stadium zoo building buildings road roads traffic school schools
hotel hotels restaurant restaurants old historic
`;

/** Roles a body has ("Angels spokesman", "UBS analyst"): a name right before one is an organization. */
export const INSTITUTION_ROLES = `
spokesman spokeswoman spokesperson spokespeople ceo cfo coo president chairman chairwoman executive executives
owner owners coach manager analyst analysts official officials employee employees staffer staffers
`;

/** Nouns after a name that make it an organization ("Aer Lingus shares", "the Waitrose supermarket"). */
export const ORG_FOLLOWERS = `
shares stock stake shareholders stockholders supermarket supermarkets dealership dealerships dealers subsidiary
franchise lineup roster fans
`;

/** Nouns after a name that make it a place ("Staunton police", "Troy resident"). */
export const PLACE_FOLLOWERS = 'police resident residents native natives voters townspeople homeowners';

/** Lower-case words between a preposition and a place ("in downtown Palmer", "near northern Kursk"). */
export const PLACE_MODIFIERS = `
downtown central northern southern eastern western northeastern northwestern southeastern southwestern rural
suburban nearby neighboring neighbouring coastal upstate
`;

/** Pronouns that tell a speaker's kind ("Ford said its sales ..."); not "it", often empty ("it was"). */
export const PERSON_PRONOUNS = 'he his him she her hers himself herself';
export const THING_PRONOUNS = 'its itself';

/** Things that come from people and bodies rather than places ("a statement from ..."). */
export const SENT_FROM = `
statement statements report reports letter call calls message email word news memo release comment comments
support help testimony data figures approval permission request response reply note order orders tip tips funding
money donation donations loan loans offer offers bid bids interview quote quotes footage
`;

/** Nouns that, right after a name or as its apposition, make it a work, product or event ("the novel"). */
export const WORK_NOUNS = `
novel book memoir film movie sequel prequel documentary album song series sitcom musical opera
franchise saga trilogy videogame app software vessel warship frigate destroyer jet airliner aircraft car
sedan suv pickup drug vaccine law act bill treaty tournament festival
`;
