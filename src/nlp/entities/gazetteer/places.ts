/**
 * National capitals: places that news also uses for their governments ("Moscow said"), so they may be metonyms.
 * Entries separated by commas or line breaks; `Canonical|alias`.
 */
export const SEATS = `
Kabul, Tirana, Algiers, Luanda, Buenos Aires, Yerevan, Canberra, Vienna, Baku, Nassau, Manama, Dhaka, Minsk,
Brussels, Belmopan, Porto-Novo, Thimphu, La Paz, Sarajevo, Gaborone, Brasilia|Brasília, Sofia, Ouagadougou,
Phnom Penh, Yaounde, Ottawa, Bangui, N'Djamena, Santiago, Beijing|Peking, Bogota|Bogotá, Kinshasa, Brazzaville,
Zagreb, Havana, Nicosia, Prague, Copenhagen, Santo Domingo, Dili, Quito, Cairo, San Salvador, Asmara, Tallinn,
Addis Ababa, Suva, Helsinki, Paris, Libreville, Banjul, Tbilisi, Berlin, Accra, Athens, Guatemala City, Conakry,
Georgetown, Port-au-Prince, Tegucigalpa, Budapest, Reykjavik, New Delhi|Delhi, Jakarta, Tehran|Teheran, Baghdad,
Dublin, Jerusalem, Rome, Kingston, Tokyo, Amman, Astana|Nur-Sultan, Nairobi, Pristina, Kuwait City, Bishkek,
Vientiane, Riga, Beirut, Maseru, Monrovia, Tripoli, Vilnius, Antananarivo, Lilongwe, Kuala Lumpur, Bamako,
Valletta, Nouakchott, Port Louis, Mexico City, Chisinau, Ulaanbaatar|Ulan Bator, Podgorica, Rabat, Maputo,
Naypyidaw|Naypyitaw, Windhoek, Kathmandu, Amsterdam, The Hague, Wellington, Managua, Niamey, Abuja, Skopje, Oslo,
Muscat, Islamabad, Ramallah, Panama City, Port Moresby, Asuncion|Asunción, Lima, Manila, Warsaw, Lisbon, Doha,
Bucharest, Moscow, Kigali, Riyadh, Dakar, Belgrade, Freetown, Bratislava, Ljubljana, Mogadishu, Pretoria, Seoul,
Juba, Madrid, Colombo, Khartoum, Paramaribo, Stockholm, Bern, Damascus, Taipei, Dushanbe, Dodoma, Bangkok, Lome,
Tunis, Ankara, Ashgabat, Kampala, Kyiv|Kiev, Abu Dhabi, London, Washington|Washington DC|DC, Montevideo, Tashkent,
Caracas, Hanoi, Sanaa|Sana'a, Lusaka, Harare, Pyongyang, Tirana, Luxembourg City, Vaduz, Andorra la Vella
`;

/** Other major cities: literal places. */
export const CITIES = `
New York|New York City|NYC|N.Y., Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas,
San Francisco, Seattle, Boston, Miami, Atlanta, Denver, Detroit, Las Vegas, Austin, Baltimore, Minneapolis,
New Orleans, Portland, Nashville, Cleveland, Pittsburgh, St Louis|Saint Louis, Orlando, Tampa, Sacramento,
Honolulu, Anchorage, Toronto, Montreal, Vancouver, Calgary, Sydney, Melbourne, Brisbane, Perth, Auckland,
Shanghai, Hong Kong, Shenzhen, Guangzhou, Wuhan, Chengdu, Macau, Mumbai|Bombay, Kolkata|Calcutta, Chennai,
Bangalore|Bengaluru, Hyderabad, Karachi, Lahore, Peshawar, Istanbul, Dubai, Jeddah, Mecca, Medina, Tel Aviv,
Aleppo, Homs, Mosul, Basra, Benghazi, Alexandria, Lagos, Johannesburg, Cape Town, Durban, Casablanca, Osaka,
Kyoto, Yokohama, Hiroshima, Busan, Incheon, Geneva, Zurich, Frankfurt, Munich, Hamburg, Cologne, Milan, Naples,
Venice, Florence, Barcelona, Seville, Valencia, Porto, Marseille, Lyon, Nice, Strasbourg, Manchester, Birmingham,
Liverpool, Glasgow, Edinburgh, Belfast, Cardiff, Oxford, Rotterdam, Antwerp, St Petersburg|Saint Petersburg,
Kharkiv|Kharkov, Odesa|Odessa, Lviv, Dnipro, Mariupol, Donetsk, Luhansk, Kherson, Zaporizhzhia, Sevastopol,
Krakow, Gdansk, Rio de Janeiro, Sao Paulo|São Paulo, Medellin, Guadalajara, Monterrey, Tijuana,
Ho Chi Minh City|Saigon, Kandahar, Herat, Quetta, Gaza City, Rafah, Khan Younis, Haifa, Bethlehem, Hebron, Jenin
`;

/** Continents, seas, states, provinces and contested regions. */
export const REGIONS = `
Europe, Asia, Africa, North America=North American, South America=South American, Latin America=Latin American,
Central America=Central American, Middle East=Middle Eastern, Antarctica, Oceania, Arctic, Atlantic, Pacific,
Mediterranean, Balkans, Caucasus, Scandinavia=Scandinavian, Central Asia=Central Asian,
Southeast Asia=Southeast Asian, East Asia=East Asian, South Asia=South Asian, Americas, Alps, Andes, Rockies,
Himalayas, Pyrenees, Urals, Carpathians, Appalachians, Everglades, Hamptons, Falklands|Falkland Islands,
Asia-Pacific, Indo-Pacific, Persian Gulf, Horn of Africa, Sahel, Gaza|Gaza Strip,
West Bank, Crimea, Donbas|Donbass, Kashmir, Siberia, Xinjiang, Korean Peninsula, West, Western Europe,
Eastern Europe, Baltics, Black Sea, Red Sea, South China Sea, Taiwan Strait, Golan Heights, Sinai, Punjab,
Bavaria, Catalonia, Quebec, Ontario, British Columbia, Alberta, Alabama|Ala, Alaska, Arizona|Ariz, Arkansas|Ark, California|Calif,
Colorado|Colo, Connecticut|Conn, Delaware|Del, Florida|Fla, Hawaii, Idaho, Illinois|Ill, Indiana|Ind, Iowa, Kansas|Kan, Kentucky|Ky, Louisiana,
Maine, Maryland|Md, Massachusetts|Mass, Michigan|Mich, Minnesota|Minn, Mississippi, Missouri|Mo, Montana|Mont, Nebraska|Neb, Nevada|Nev,
New Hampshire|N.H., New Jersey|N.J., New Mexico|N.M., North Carolina|N.C., North Dakota|N.D., Ohio, Oklahoma|Okla, Oregon|Ore, Pennsylvania|Pa,
Rhode Island|R.I., South Carolina|S.C., South Dakota|S.D., Tennessee|Tenn, Texas|Tex, Utah, Vermont|Vt, Virginia|Va, West Virginia|W.Va., Wisconsin|Wis,
Wyoming|Wyo, East, North, South, East Coast, West Coast, Midwest, Indian Ocean, Atlantic Ocean, Pacific Ocean, Gulf of Aden, Gulf of Mexico, Caribbean, Baltic Sea
`;
