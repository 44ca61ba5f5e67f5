/** Auxiliaries and verbs of saying: they tell how something was reported, never what happened. */
export const REPORTING_STOP_LEMMAS: readonly string[] = ['be', 'have', 'do', 'say', 'tell', 'add'];
