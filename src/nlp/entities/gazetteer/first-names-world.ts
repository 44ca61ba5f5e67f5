/** Given names of Irish, Greek, South Asian, Arabic, Turkish, Persian, African, Slavic, German, Nordic, French,
 * Italian, Spanish, Portuguese and Japanese news figures, beyond the common English ones. */
export const WORLD_FIRST_NAMES = `
dermot seamus padraig niall ciaran eoin aoife siobhan niamh sinead declan cormac fergus ronan oisin enda micheal
eamon eamonn brendan costas kostas dimitris yannis panagiotis vassilis vasilis christos spyros antonis eleni
alexandros apostolos epaminondas georgios nikolaos konstantinos athanasios evangelos stavros theodoros
himanshu rajesh suresh ramesh sunil anil amit sanjay vijay arun ajay priya pooja deepak rakesh manoj ashok pradeep
sunita gurpreet harpreet jaswinder sandeep navdeep vikram vishal rohit sachin virat mahendra shashi arvind manmohan
indira rajiv nitish amitabh raj ravi anand mukesh lalit sushma smriti nawaz shehbaz benazir bilawal
pervez hamid rashid saeed tariq faisal nasser yousef youssef yusuf mustafa mostafa abdel abdelaziz walid ziad bilal
hamza osama samir nabil adel khaled majid fahad layla leila mariam maryam zainab rania salma hussein hosni gamal
haider nouri ayad moqtada jalal bashir tawfiq nabih saad rafik riad fouad yasser marwan nizar mehmet ahmet emre
burak murat ozan kemal mevlut binali ekrem selahattin javad mohsen reza mehdi masoud abbas akbar ruhollah gholam
kwame kofi thabo cyril goodluck olusegun muhammadu uhuru raila yoweri abiy chinua wole ngozi chimamanda emeka tunde
femi kwabena amara abdoulaye mamadou moussa ousmane ibrahima amadou cheikh jomo salva riek jakaya hage yemi ngugi
anatoly gennady nikita arkady fyodor pavel grigory konstantin stanislav vitaly vitali vitaliy wladimir oksana
svetlana tatiana tatyana natalya yelena lyudmila galina anastasia ekaterina yekaterina petro mykola taras bohdan
yuriy ihor oleh denys arseniy kateryna iryna halyna nikolay gurbanguly gurbanguli saparmurat nursultan emomali
shavkat lech jaroslaw mateusz tomasz piotr krzysztof pawel wojciech agnieszka katarzyna malgorzata beata radoslaw
zbigniew bronislaw aleksander aleksandar milos slobodan vojislav zoran goran dragan ivica ante franjo janez milorad
wolfgang helmut horst jurgen jürgen joachim klaus dieter heinz uwe markus matthias thorsten sigmar annalena gunter
günter manfred rainer reinhard norbert guido ralf hubertus winfried heiko geert wim pieter henk lars anders bjorn
björn magnus jonas ulf nils astrid sanna jacinda sven erna jyrki sauli juha francois françois edouard édouard
benoit benoît thierry laurent olivier christophe sylvie segolene ségolène arnaud yves pascal didier gerard gérard
mathieu julien sebastien sébastien guillaume remy rémy herve hervé amelie amélie chloe chloé elodie élodie celine
céline brigitte silvio matteo romano enrico paolo luigi massimo gianluca alessandro lorenzo stefano chiara federica
giulia beppe carlo mariano andres andrés evo dilma lula jair alfonso joaquin joaquín mauricio fidel raul raúl
vicente manny mo alvaro álvaro inigo íñigo gonzalo marcelo ollanta shinzo yoshihide junichiro taro takeshi kenji
akira yuki haruki shigeru yukio kenta shohei ichiro yoko keiko naoto yoshihiko yasuo latonya latoya tyrone darnell
deshawn lashawn tamika marquis terrell demetrius jermaine dwyane lebron kobe shaquille mel gerry
`;
