/** Well-known organizations: `Canonical|alias`, entries separated by commas or line breaks. */
export const ORGANIZATIONS = `
United Nations|UN, UN Security Council|Security Council|United Nations Security Council|UNSC,
UN General Assembly|General Assembly|United Nations General Assembly, NATO|North Atlantic Treaty Organization,
European Union|EU, European Commission, European Parliament, European Council, European Central Bank|ECB,
African Union, Arab League, ASEAN, OPEC, G7|Group of Seven, G20|Group of 20, World Bank,
International Monetary Fund|IMF, World Health Organization, World Trade Organization|WTO,
International Atomic Energy Agency|IAEA, International Criminal Court|ICC, International Court of Justice|ICJ,
Red Cross|International Committee of the Red Cross|ICRC, Amnesty International|Amnesty, Human Rights Watch,
Doctors Without Borders|MSF, UNICEF, UNHCR, OSCE, Interpol, Europol,
State Department|US State Department|Department of State, Defense Department|Department of Defense|DoD,
Justice Department|Department of Justice|DOJ, Treasury|Treasury Department, Homeland Security|Department of Homeland Security|DHS,
FBI|Federal Bureau of Investigation, CIA|Central Intelligence Agency, NSA|National Security Agency, NASA, FAA, FDA,
CDC|Centers for Disease Control and Prevention, EPA, SEC, IRS, Federal Reserve|Fed, Congress|US Congress,
Senate|US Senate, House of Representatives, Supreme Court|US Supreme Court, Parliament, Bundestag,
State Duma|Duma, Knesset, National Assembly, Hamas, Hezbollah, Houthis|Houthi, Taliban, Islamic State|ISIS|ISIL,
al-Qaeda|Al Qaeda|al Qaida, Wagner|Wagner Group, Democratic Party, Republican Party|GOP, Labour Party|Labour,
Conservative Party|Tories, Associated Press|AP, Reuters, Agence France-Presse|AFP, NPR|National Public Radio,
BBC, CNN, Fox News, NBC|NBC News, CBS|CBS News, ABC News, MSNBC, CNBC, Bloomberg, New York Times|NYT,
Washington Post, Wall Street Journal|WSJ, The Guardian, Financial Times, The Economist, Al Jazeera, Xinhua, TASS,
RIA Novosti, Yonhap, KCNA|Korean Central News Agency, Kyodo, Interfax, Politico, Axios, USA Today,
Los Angeles Times, Apple, Google, Microsoft, Amazon, Meta, Facebook, Twitter, Tesla, SpaceX, OpenAI, Boeing,
Airbus, Lockheed Martin, Raytheon, General Motors|GM, General Electric|GE, General Dynamics, Samsung, Toyota,
Volkswagen, Shell, BP, ExxonMobil|Exxon, Gazprom, Rosneft, Huawei, TikTok, Netflix, Disney, Walmart,
Goldman Sachs, JPMorgan|JPMorgan Chase, Pfizer, Moderna, Army, Navy, Air Force, Marines, Coast Guard,
National Guard, Kremlin, Pentagon, White House, Downing Street|Number 10|No 10, Elysee|Élysée|Elysee Palace,
Blue House, Zhongnanhai, Vatican|Holy See, Whitehall, Foggy Bottom, Capitol Hill, Wall Street, Hollywood,
Silicon Valley, Quai d'Orsay, Bankova
`;

/** Buildings and streets that stand for the institution housed there: always metonyms. */
export const BUILDINGS = `
Kremlin, Pentagon, White House, Downing Street, Elysee, Blue House, Zhongnanhai, Vatican, Whitehall, Foggy Bottom,
Capitol Hill, Wall Street, Hollywood, Silicon Valley, Quai d'Orsay, Bankova
`;
