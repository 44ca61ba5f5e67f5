/**
 * Large companies, news outlets and sports bodies that news names without a suffix ("Ford said"):
 * `Canonical|alias`, entries separated by commas or line breaks.
 */
export const COMPANIES = `
Ford|Ford Motor Company|Ford Motor Co, Chrysler, Fiat, Fiat Chrysler, Stellantis, Honda, Nissan, Hyundai, Kia, BMW,
Mercedes-Benz|Mercedes, Daimler, Audi, Porsche, Volvo, Renault, Peugeot, Citroen, Opel, Vauxhall, Mazda, Subaru,
Mitsubishi, Suzuki, Tata Motors, Geely, BYD, Jaguar Land Rover, Ferrari, Rolls-Royce, Embraer, Bombardier,
Northrop Grumman, EADS, Dassault, Safran, Thales, BAE Systems, Pratt & Whitney, McDonnell Douglas, Honeywell,
American Airlines, Delta Air Lines, United Airlines, Southwest Airlines, JetBlue, Alaska Airlines, Air Canada,
British Airways, Virgin Atlantic, Lufthansa, Air France, KLM, Ryanair, EasyJet, Aer Lingus, Iberia, Alitalia,
Aeroflot, Etihad, Qatar Airways, Turkish Airlines, Singapore Airlines, Cathay Pacific, Qantas, Japan Airlines,
All Nippon Airways, Air India, Korean Air, Air China, China Southern, China Eastern, Malaysia Airlines, IBM, Intel,
AMD, Nvidia, Oracle, Cisco, Dell, Hewlett-Packard|HP, Sony, Panasonic, Nintendo, LG, Xiaomi, Alibaba, Tencent,
Baidu, Yahoo, eBay, PayPal, Uber, Lyft, Airbnb, Spotify, Instagram, WhatsApp, YouTube, LinkedIn, Snapchat, Nokia,
Ericsson, Siemens, Philips, Bosch, BASF, Bayer, Nestle|Nestlé, Unilever, Procter & Gamble|P&G, Coca-Cola,
PepsiCo|Pepsi, McDonald's, Starbucks, KFC, Burger King, Costco, Kroger, Home Depot, Tesco, Sainsbury's, Asda,
Morrisons, Waitrose, Marks & Spencer|M&S, Aldi, Lidl, Carrefour, IKEA, Nike, Adidas, Kraft|Kraft Foods, Heinz,
Kellogg's|Kellogg, Johnson & Johnson, Merck, Novartis, Roche, AstraZeneca, GlaxoSmithKline|GSK, Sanofi,
Bank of America, Citigroup|Citi, Wells Fargo, Morgan Stanley, HSBC, Barclays, UBS, Credit Suisse, Deutsche Bank,
BNP Paribas, Santander, Lloyds, Visa, Mastercard, American Express, AIG, Berkshire Hathaway, BlackRock, Chevron,
ConocoPhillips, TotalEnergies, Eni, Saudi Aramco|Aramco, Petrobras, Sinopec, PetroChina, Lukoil, Rite Aid, CVS,
Walgreens, AT&T, Verizon, T-Mobile, Comcast, Vodafone, Deutsche Telekom, Time Warner, Warner Bros, Paramount Pictures,
Universal Pictures, 20th Century Fox, Lionsgate, DreamWorks, Pixar, MGM, Sony Pictures, Columbia Pictures, Miramax,
Hulu, Amtrak, FedEx, UPS, DHL, Maersk
`;

/** News outlets and broadcasters. */
export const MEDIA = `
Newsday, Us Weekly, Entertainment Weekly|EW, Variety, Billboard, Rolling Stone, TMZ, People magazine, ESPN, HBO,
MTV, PBS, ABC, Sky News, ITV, Channel 4, Daily Mail, The Sun, The Times, The Telegraph|Daily Telegraph,
The Independent, Daily Mirror, Evening Standard, Chicago Tribune, Boston Globe, New York Post,
New York Daily News|Daily News, Time magazine, Newsweek, Forbes, Fortune, The Atlantic, New Yorker,
Huffington Post|HuffPost, BuzzFeed, Vox, Slate, Salon, Hollywood Reporter, Vanity Fair, Vogue, Playboy,
UPI|United Press International, Press Trust of India|PTI, Times of India, Hindustan Times, NDTV, Al Arabiya,
Der Spiegel|Spiegel, Le Monde, Le Figaro, El Pais|El País, Haaretz, Jerusalem Post, Times of Israel,
South China Morning Post, Sydney Morning Herald, CBC, Globe and Mail, Toronto Star, Kyiv Independent, Euronews,
Deutsche Welle|DW, France 24, RT, Sputnik, Nikkei, Asahi Shimbun, Yomiuri Shimbun, Wikinews, Wikipedia
`;

/** Leagues, governing bodies and teams whose names are irregular or lack the city. */
export const SPORTS = `
NBA, NFL, MLB, NHL, MLS, NCAA, Premier League, La Liga, Serie A, Bundesliga, Champions League, UEFA, FIFA,
International Olympic Committee|IOC, PGA, ATP, WTA, WBA, WBC, IBF, WBO, Formula One|F1, American League,
National League, Red Sox, White Sox, Sixers|76ers, Trail Blazers|Trailblazers
`;
