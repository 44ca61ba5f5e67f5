/** Common given names across the languages of international news: a name starting with one is a person. */
export const FIRST_NAMES = `
aaron andy jess vicky timmy teddy wally abdul abdullah abigail abu adam adrian ahmad ahmed aisha alan albert alejandro aleksandr alex alexander
alexandra alexandre alexei alexey alexis ali alice alicia alison amanda amber amir amy ana andrea andreas andrei
andres andrew andrey andriy andrzej angela angelina ann anna anne annie anthony antonio antony anwar ariel arthur
ashley audrey ayman barack barbara barry bashar ben benjamin bernard bernie beth betty beverly bill billy bob
bobby boris brad bradley brandon brenda brett brian bruce bryan carl carla carlos carol caroline carolyn catherine
charles charlie charlotte chen cheryl chris christian christina christine christopher chuck cindy claire claudia
colin connor craig cristina cynthia dan daniel daniela danielle dave david dean deborah debra denis dennis derek
diana diane diego dmitri dmitry dominic donald donna doris dorothy doug douglas dylan ebrahim ed eddie edward
elena eli elizabeth ellen emily emma emmanuel enrique eric erica erik ethan eugene eva evan evelyn fatima
felipe fernando francesca francis francisco frank franz fred frederick friedrich fumio gabriel gary gavin
george gerald gerhard gina giorgia giuseppe glen glenn gloria gordon grace graham greg gregory gustavo
hakan hannah hans harold harry hassan heather heidi helen henry hillary hiroshi hossein howard hugh hunter ian
ibrahim igor ilham imran irina isaac isabel isabella ismail ivan jack jackie jacob jacqueline jaime jake james
jamie jan jane janet janice jared jason javier jean jeff jeffrey jen jennifer jens jeremy jerome jerry jesse
jessica jill jim jimmy joan joanna joe joel johann john johnny jon jonathan jordan jorge jose josef joseph josh
joshua joyce juan judith judy julia julian julie justin kamala karen karim karine kate katherine kathleen
kathryn katie keir keith kelly ken kenneth kevin khalid kim kimberly kirk kristen kristi kurt kyle larry laura
lauren lawrence leah lee leon leonid lily linda lindsey lisa liz lloyd lois lori louis lucas lucy luis luiz luke
lynn madison mahmoud manuel marc marco marcus margaret maria marie marina mario marion mark martha martin mary
mateo matt matthew maurice max maxim megan melania melissa mette michael michel michele michelle miguel mike
mikhail miles mitch mohamed mohammad mohammed monica morgan muhammad nadia nancy naomi narendra natalia natalie
nathan nathaniel neil nicholas nick nicola nicolas nicole nikki nikolai nina noah norman olaf oleg oleksandr
oleksiy olena olga oliver olivia omar oscar pablo pamela patricia patrick paul paula pedro pete peter petr
philip phillip pierre rachel rafael rahul ralph ramzan randy raul ray raymond rebecca recep richard rick ricky
rishi rita rob robert roberto robin rodrigo roger roman ron ronald rose ruth ryan sadiq salman sam samantha
samuel sandra sara sarah scott sean sebastian sergei sergey sergio sergiy shane sharon sheila shirley sophia
sophie stacy stephanie stephen steve steven susan tamara tanya tara ted teresa terry theresa thomas tim timothy
tina todd tom tommy tony tracy travis tyler ursula valentina valery vanessa vasily vera veronica victor victoria
viktor vincent vivek vladimir vladislav volodymyr walter wayne wendy william willie xavier yahya yair yevgeny
yulia yuri yury zachary zoe
abraham ada adrienne agnes aidan alberto alec alfred alfredo allan allen alvin amelia andre angel angie anita
annette antoine archie arnold arturo ashton aubrey becky benny bernadette bert bettie bianca blake bonnie brady
brent brianna bridget britney brittany brooke bruno bryce byron caleb calvin cameron camila candice carmen
carrie casey cecilia cesar chandler charlene chelsea chester christy clara clarence claude clay clayton cliff
clifford clint clyde cody cole colleen conor constance cooper corey courtney curtis cyrus dale damian damon dana
danny darius darren darryl dawn debbie delia denise derrick desmond devin dexter dick dion dolores dominique
donovan dora duane dustin dwayne dwight earl edgar edith edmund eduardo edwin eileen elaine eleanor elijah elisa
ella elliot elliott elmer eloise elsa elton emanuel emil emilia emilio erin ernest ernesto esther ethel eugenia
everett fabio felix fiona floyd forrest frances francesco franco frankie freddie gabriela gail garrett geoffrey
gerard giannis gilbert giorgos giovanni gladys glenda greta gretchen guillermo gus gwen hal hank harlan harriet
harvey hasim hazel hector herbert herman hilda holly homer horace hugo ida ignacio inez ingrid irene iris irma
irving isaiah ivy jacques jamal janelle janine jasmine jeanne jeannie jed jenna jenny jeremiah jesus jillian jo
joanne jodie joey johanna jolene jonah juanita jules julius justine kai kara kareem karl kasey katharine kathy
katrina kayla keisha kendall kenny kent kerry kristin kyla lamar lance lara latisha laurie leandro lenny leo
leonard leroy leslie lester lewis liam lila lillian lindsay lionel lola lonnie loretta lorraine louise lucia
luciano lucille lydia lyle mabel mack madeline mae malcolm mandy marcel marcia margarita margo mariah marilyn
marisa marjorie marlon marsha marshall marty marvin maureen mavis maxine maya meg melanie melinda melvin
mercedes meredith mia micah mickey mildred milton mindy miranda mitchell molly mona morris moses muriel myra
myron nadine nate neal ned nelson nettie nigel nikos noel nora norma olive ollie orlando otis owen pam patsy
patti patty pearl peggy penny percy perry phil phoebe phyllis pierce polly priscilla quentin quincy rachael
ramon randall randolph rene reuben rex rhonda ricardo riley roberta rod rodney rogelio roland ronnie rosa
rosalind rosemary roxanne roy ruben rudy russ russell rusty sabrina sadie sally salvador sammy sandy santiago
saul selena seth shannon shaun shawn shelby sheldon shelley sherry sidney silvia simon sonia sonny spencer stan
stanley stella stuart sylvia tabitha tammy tanner terrence thelma theo theodore tiffany tobias toby tomas tonya
trent trevor trudy valerie vernon vicki vickie vince viola violet virgil vivian wade wallace walt wanda warren
wes wesley whitney wilbur wilfred willard wilma winston woodrow wyatt yanis yannis yolanda yvette yvonne zach
zelda
`;

/** Family names written first in Korean, Chinese and Vietnamese names ("Kim Jong Un", "Xi Jinping"). */
export const SURNAMES_FIRST = `
kim lee yi park choi jung chung kang cho jo yoon yun jang lim han oh seo shin kwon hwang ahn song ryu hong moon
xi li wang zhang liu chen yang zhao huang zhou wu xu sun zhu gao lin guo luo deng mao jiang hu wen nguyen tran
pham vo hun
`;
