/**
 * A fixed background of how common each word is in news, so a story's shared words can be weighed by
 * rarity: "police" or "shot" shared with the story says little, a street or a rare verb says much.
 * Built offline (tmp script, not shipped) from 1414 news and web articles that are not the intruder
 * benchmark's (polnear-quotes, gvdb-facts and extraction.jsonl bodies): the Porter stems of content words
 * (`contentTerms`) in at least 8 documents, written in lower case at least as often as capitalised (so
 * no names), grouped by inverse document frequency ln(1414 / df) rounded to 0.5. Stems not listed are
 * rarer than every band.
 */

/** Inverse document frequency, then the stems in that band. */
export const BACKGROUND_IDF_BANDS: readonly (readonly [number, string])[] = Object.freeze([
  [0.5, 'not state'],
  [1, 'against ask call campaign candid dure elect former go includ nation need offic parti polit presid presidenti' +
    ' report right shot show support think us want work'],
  [1.5, 'ad among appear around attack becom believ big case chang close come continu countri critic down end expect' +
    ' face famili far follow found gener give good group happen he help home hope inform interview investig issu it' +
    ' know later lead leader left live long look lot major make man member million month next night nomin nomine number' +
    ' off offici open own part past percent person place plan point polic polici poll primari public put question race' +
    ' recent record releas remain respond run sai secretari secur see sever shoot start statement talk that thing time' +
    ' took try turn vote voter whether why win'],
  [2, 'abl accus across act action actual address administr again ago aid allow almost along alreadi announc answer' +
    ' anyon area argu attempt author awai base began behind best better black block break bring build busi care' +
    ' challeng charg chief citi claim clear comment commun concern conserv consid contest control convent court creat' +
    ' current deal death debat decis describ despit di differ director do doe done earli earlier econom effort email' +
    ' endors enough enter event ever everi execut fact favor feder feel few fight final find fire forc foreign friend' +
    ' full get given govern great gun hand hard have head held histori hit hold hospit hour howev idea identifi immigr' +
    ' import incid insid interest involv job keep kill kind larg late law least leav led less let life like line littl' +
    ' manag matter mean media meet men messag monei morn move name near nearli note offer often onc order organ outsid' +
    ' pai plai posit possibl potenti power press privat problem provid push rais ralli real realli reason receiv repres' +
    ' respons result return role rule scene second seem seen serv servic set share side sign someon someth speak speech' +
    ' stand stop stori strong suggest suspect system take taken term there though thought togeth top tweet until victim' +
    ' view watch week went without won word world wound wrote yet'],
  [2.5, 'accept account acknowledg activ addit advis ag agenc agre ahead air alli although alwai amount anyth appar' +
    ' appeal approach argument arm arrest arriv attent attornei back bad ban bank battl becam begin benefit beyond bid' +
    ' biggest billion billionair board border candidaci cannot car carri caus certainli chairman chanc children choic' +
    ' cite citizen civil colleg com commit compani compar complet condit conduct confer congression connect contribut' +
    ' controversi convers cost count cours crime crimin crowd cut danger dead decad decid declar declin defeat defend' +
    ' defens deleg deliv demand detail determin develop difficult direct discuss district dollar drive drop economi' +
    ' effect either els emerg engag entir especi establish everyon everyth evid exampl exist expand experi explain' +
    ' express fail fall father fear field figur file financi firm focu focus forward free front fund further futur gain' +
    ' game gave global governor ground grow gui gunshot half health hear heard high higher host husband immedi increas' +
    ' independ individu initi instead intern join kei known latest leadership learn legal level liber limit list local' +
    ' longer lose loss lost love male mark market mention met middl militari mind minor minut moment movement multipl' +
    ' network noth old oper oppon opportun oppos opposit paid park particularli pass perform perhap phone pick pledg' +
    ' politician popul popular prepar present presumpt probabl process program progress project promis propos protect' +
    ' pull quickli ran rate rather reach read refer refus relat remark request requir respect rest reveal rise risk' +
    ' rival saw schedul school seek send senior sens sent seriou she shift short signific similar singl sit situat' +
    ' small social son soon sourc special specif spend spent spoke spokesman staff stage stai step strategi struggl' +
    ' success super sure surpris target tax team televis tell terror themselv third thousand threat total toward trade' +
    ' trail tri understand union urg vehicl vice victori video violenc visit voic wai wait walk war warn weapon what' +
    ' wide wife wit within woman women worker worri wrong young'],
  [3, 'abil abov absolut access achiev activist add admit advanc advantag advoc affair affect afford afternoon agenda' +
    ' aggress agreement aim alleg alon analyst anger anonym apart approv articl assault assert assist attend attract' +
    ' audienc avail averag avoid ballot bar basic beat bit blame bodi boi book brother brought bui built businessman' +
    ' capit captur career cast caucu caucus celebr certain chair check child choos class clearli closer club coalit' +
    ' collect command common compet competit conclud confid confirm conflict confront consist constitut consult contact' +
    ' contend contrast coron corpor correct coupl cover credit crisi cultur custodi damag data date daughter deep degre' +
    ' demonstr deni depend deputi design detect digit directli dismiss divid divis document domin donat donor door' +
    ' doubl doubt dozen draw driver drug due earn easi editor educ elector embrac employe encourag energi enforc ensur' +
    ' equal estat estim even eventu everybodi exactli except exchang expert extend extrem ey fair fatal favorit featur' +
    ' fellow felt femal fill financ finish fit floor form freedom frustrat fundrais gather goal goe gone grant greater' +
    ' growth hall handl hate heart heat herself highlight histor huge human hundr hurt ignor illeg imag impact improv' +
    ' incom increasingli indic industri influenc injur injuri insist instanc intellig intend intent invest itself judg' +
    ' kept kid knew labor lack land largest launch lawmak lawsuit lawyer legisl letter light link listen locat longtim' +
    ' low lower main maintain margin mass materi mayb mayor measur medic miss mistak moder mostli mother murder natur' +
    ' negoti neighbor neighborhood neither newspap nobodi none nor occur on onlin opinion origin overal page parent' +
    ' particip particular partner path percentag period photo platform poor practic prais predict prefer pressur pretti' +
    ' prevent previou previous price principl prioriti produc product professor promin promot prompt pronounc prospect' +
    ' protest prove publicli publish pursu quit radic radio rang readi realiti recal recogn reduc reflect reform regard' +
    ' region regist reject rel relationship rememb remind repeat repeatedli replac research reserv resid resourc retir' +
    ' review rhetor roll room roughli round safe sale save search season seat secret select sell separ seri server' +
    ' shortli shown simpli site solut somebodi sometim sort sought sound speaker spot stake standard star station statu' +
    ' strategist strength strike student studi subject suffer summer surround survei surviv swing tactic terrorist test' +
    ' thank threaten throughout ti tone tough town track tradit train travel treat troubl true trust truth twice ultim' +
    ' unclear unlik updat upon usual valu veteran violat vow wage water wave wear websit weekend welcom whatev whole' +
    ' will winner wish wonder write ye'],
  [3.5, 'abort abroad abus accomplish adopt adult advertis advic affili agent allegedli altern amid analysi angri' +
    ' annual anybodi appli appoint assess asset assum assur awar award backer background balanc bare basi bear behalf' +
    ' behavior below bet bigger blast blow bomb boost born bottom brand brief broad broadcast broader broke budget' +
    ' bullet camera camp card cash catch caught champion channel charact chase cheer church circl circumst clash' +
    ' classifi climat code collaps colleagu color combat combin comfort commerci complex complic conclus condemn' +
    ' consequ consider consum contain content contract convict convinc cooper core coverag crash credibl cross crucial' +
    ' custom cycl dark deadli debt deepli defin definit democraci denounc deport deserv desper destroi diplomat disagre' +
    ' disclos discov displai disput distanc divers doctor domest dramat drew drove easili echo economist edg elimin' +
    ' elit emot emphas employ enemi enjoi enorm enthusiasm enthusiast environ era error essenti examin excit exclus' +
    ' exit expens experienc expos extens factor failur faith fals familiar fan fast fee feet fell fewer fine firearm' +
    ' fix fled folk food foot formal fortun founder fraud frequent fuel fulli function fundament ga gap giant girl' +
    ' gotten grab grand greatest guard gunfir handgun happi harder harm headlin headquart heavili hell highest highli' +
    ' hire honor hotel ident ideolog imagin impos imposs impress inde inequ inspir insult insur intens introduc' +
    ' investor invit jail joke journalist judgment jump knock knowledg label ladi lai languag larger lean legaci liar' +
    ' liberti lift lock mainstream manufactur massiv match mate meant memori mile minimum minist mission mix mobil mock' +
    ' model modern mogul momentum monitor motiv narrow nearbi necessari necessarili neg normal notic notion nuclear' +
    ' numer observ obtain obvious odd offens older ongo onto option otherwis outcom outrag oversea overwhelm owner pack' +
    ' pain paint panel paper partnership passion peac peopl per persuad physic pictur piec pivot player pleas plu' +
    ' pollster populist pose possess presenc prior prison profession properti prosecutor proud purchas qualifi qualiti' +
    ' quarter quick racial racist rank rare reaction realiz recommend recov refuge regul regular regularli reli religi' +
    ' religion remov repli reportedli reput resign resist restrict revenu revers rich robberi root rush safeti scale' +
    ' scandal scienc score scrutini seiz sentenc serious session shape shock shooter shop shut signal simpl sister size' +
    ' skeptic skill slam slightli smaller smart socialist societi solid southern space split spokeswoman spread stabl' +
    ' staffer stanc stock stood store strateg stretch stronger strongli struck stuff stump style substanti suit' +
    ' superdeleg suppos surg surrog suspend tabl task technolog teenag tend terribl territori throw ticket tip titl' +
    ' todai tonight tool topic touch traffic transform transport treatment trip truli turnout type typic unabl undermin' +
    ' underscor unifi unknown unless unusu upcom variou vast version via violent virtual volunt vulner wake weak' +
    ' wealthi weigh who window wors worst worth written year younger zero'],
  [4, 'abandon acceler accid accident accompani actor admir advocaci aggrav alarm alien align allianc alongsid amaz' +
    ' ambassador anim anticip anxieti anymor anywher apolog applaud applic appreci appropri approxim arena arrang art' +
    ' asid aspect assail assembl assign attende attitud attribut babi badli bag band barrier bash battleground beauti' +
    ' begun belief belong besid bipartisan birth birther blood boast bond boo boss bought bound box breakfast bridg' +
    ' briefli broadli broken broker bulli burn cabl calcul calendar cancel cap capabl caution centuri chain chamber' +
    ' chant chao chest chose chosen citizenship civilian classic clean client clinch clip closest cloth column coma' +
    ' commilwauke commission compel complain complaint comprehens compromis comput conced confus congressman consensu' +
    ' constant constitu construct contradict contributor convert coordin cop corner correspond corrupt counsel counter' +
    ' crack crazi crew critiqu crush dan de deadlin dedic deficit delai deliber demograph deploi descript desir devast' +
    ' devic devot dictat dinner disabl disappoint disast disclosur discrimin dispatch disrupt distinct distract' +
    ' distribut disturb dog downtown draft drag drawn dream dress driven duti dynam eager easier edit editori element' +
    ' elev elig elsewher embarrass emploi enabl encount engin entertain environment episod equip erupt escal ethnic' +
    ' evangel everywher excess expans explan exploit extent extra extremist facil fairli fallen famous faster fate' +
    ' fault fierc fifth fighter film flag flee flight flood flow fly forum fought fourth frame frankli fresh friendli' +
    ' fun gai gang gender genuin gift glass golf graduat grew grown guarante guess guest guid guilti gunman hack hang' +
    ' hardli harsh heavi hedg here hide highwai hint hole holidai honest hostil hot household http ideal implement' +
    ' impli incit incred incumb indict inevit influenti infrastructur inquiri insurg integr interact interpret' +
    ' interrupt intersect invas invok jet joint justifi kick laid laugh leak leg legitim lengthi lesson leverag li' +
    ' licens lie liter loan lobbi lobbyist loom loser loud ly machin magazin mandat map marri marriag massacr math' +
    ' mental mere method migrant mine misogynist moral mount movi music myself narr nationwid nativ net neurosurgeon' +
    ' neutral newli nice nightclub northern notabl object oblig obviou occasion offend oil okai openli outlet outlin' +
    ' overhaul overnight overse overwhelmingli pace pair partisan passeng pattern paus payment peak pend perceiv' +
    ' perfect perman permit personnel perspect photograph phrase pic pitch plane planet plant plenti pois polar portrai' +
    ' poverti preced preserv presum prevail primarili probe proce procedur proceed profil profit proof prosecut provis' +
    ' punch punish purpos quiet quot racism rail rampant rapidli react reader realist recess reckless recognit recoveri' +
    ' recruit regardless registr regret reiter relev reliabl relief reluct renew rescu resolut resolv reson restaur' +
    ' retail retain revel revolut reward rewritten ride ridicul rifl rig rip rob rose rout routin row sad sanction sat' +
    ' satisfi scare scientist scrambl scream screen script section sector seemingli segment sensit sentiment serial' +
    ' settl sex sexual shake shame sharp shout sick signatur significantli similarli slip slow smile sold soldier solv' +
    ' somewhat sorri spark specul speed spirit spoken sponsor spotlight squar stark steal steer stem stick stolen' +
    ' straight stream strengthen stress strongest structur stuck stumbl stun su subsequ succe succeed successfulli' +
    ' suddenli sum suppli surfac surveil sustain sweep switch tackl tank tap teach teacher tear tech technic teen' +
    ' telephon tempera temporari temporarili ten tension tenur testifi testimoni theme theori thu tie tight tire toler' +
    ' tougher tour tout tragedi tragic transcript transit transpar tremend trend trial trigger troop truck uncertainti' +
    ' understood undocu unemploy unfair unfold unfortun uniqu uniti unpopular upi upset user varieti vet viewer vision' +
    ' warrant wast wealth weekli whoever widespread wild wind wing withdraw writer xenophob yell yield yourself zone'],
  [4.5, 'absurd academ accord accur acquir adapt adequ adher adjust administ admiss adversari affirm afraid afterward' +
    ' airport alert aliv allegi alter ambit ambiti amnesti anchor anytim anywai app applaus arrai articul artist aspir' +
    ' assumpt audit auto automat autopsi aw await awkward backlash bail ball banker bankruptci bargain basketbal' +
    ' bathroom batteri beaten bed bedroom bench bia bias bigotri bind bitter bleed bless bloc blog blunt bold bolster' +
    ' boom bore borrow bother brag brain brave breach breath bruis brush brutal bu burden buri bust caller cancer capac' +
    ' captain carbon carefulli careless casino categori cautiou ceil cell cellphon cent centrist ceremoni chairwoman' +
    ' chapter character chariti cheaper childhood chip circul clarifi click climb clinic cloud clue coal coalesc' +
    ' collabor columnist comb comeback communist comparison competitor compli compolic compound concentr concept' +
    ' concess concret confidenti congratul conscienc conservat consolid conspiraci constantli contenti context contrari' +
    ' cool copi copyright counterpart courag creation credenti cry crystal curb dad danc decent decri deem deeper' +
    ' defect dem departur depress desk destruct detain die difficulti dig diminish disagr disappear disastr discharg' +
    ' disciplin discount discours discoveri diseas disgrac disgust dislik disproportion disqualifi disrespect' +
    ' distinguish divorc doom drama drink dub dump ear eas eat eighth elabor elder electr embassi emiss emphasi empir' +
    ' empow empti enact endur enhanc enterpris entiti entitl entrepreneur entri equiti equival escap ethic evalu exact' +
    ' excel excus exercis expertis explor explos extraordinari fabric factori fade fake fame famou fare farm fashion' +
    ' feed feloni fenc feud finger fiscal flat flaw flew flexibl flip footag footbal forecast forg forget formid forth' +
    ' frontrunn fulfil galvan garner gear glad glimps gonna gradual grai grassroot greet gross hacker hail hair halt' +
    ' hammer harass hat hatr hei helm heritag hero hike hometown hopefulli horribl horror hors hung hunt hurdl ic icon' +
    ' ill illustr immun implic inabl inappropri incent inch inclin inject inner innoc innov insert insight inspector' +
    ' instal instinct instruct intellectu intensifi interfer interven intervent ir isol item juri killer kitchen knife' +
    ' lag lament landmark last legislatur length liabil libertarian lifetim load loophol loudli lowest loyal lunch' +
    ' luxuri mad magic mail maker manipul manner marathon marijuana mask master matchup meaning meantim membership memo' +
    ' mess midnight milit minim minu mirror mishandl mislead missil mode modest mom monthli mood mortgag mountain mouth' +
    ' muscl mutual narrowli nasti navig nervou nonetheless nonprofit norm northwest nowher nurs obstacl occas occup' +
    ' occupi oldest opt optim optimist orang orc ordinari ought ourselv outreach outright outstand overcom overlook' +
    ' oversight overturn ow packag panic parallel partial partli passag patient peer penalti pepper percept perpetu' +
    ' persist phase philosophi pile pistol plate plead plot pocket podcast pool port pound pour pragmat prai prayer' +
    ' precinct preliminari premium preview pride princip print prize prohibit propaganda propel properli propon proport' +
    ' prosper proven provinc provoc pundit pure pursuit qualif quietli quo ramp random rape rapist rattl reassur' +
    ' rebuild rebuk recept recount redistribut reduct reelect referenc refrain regim rein reinforc repeal resembl' +
    ' resort restor reviv rid risen riski rural sacrific sampl scenario scholar seal self seventh sexism shadow' +
    ' sharehold sharpli shed shell shield ship shore shoulder shrink sibl sidelin sight silenc silver sizabl skin skip' +
    ' slate sleep slogan slot slowli sole solidar somehow somewher song sooner soul spike spin spur stabil stack stall' +
    ' statewid statist steadi steel steep stir storm strain strang streak string strip stupid submit substant suburban' +
    ' successor sudden sue suicid summit superior surgeri surpass surprisingli suspici suspicion swai swept symbol tack' +
    ' talent tall talli tape tariff taxpay tent theater theft therefor threshold threw thrive thrown thwart tide' +
    ' tighten tini tomorrow ton toss trace transfer transgend translat trash trick trillion tuition tune turmoil ugli' +
    ' unaccept unanim uncertain uncomfort undecid undercut underdog underestim undergo unfavor unfit unleash unpreced' +
    ' unpredict unqualifi unveil upper urban urgent util vacat valid valuabl vari vastli ventur venu versu viabl vigor' +
    ' virtu visa visibl vital vocal wari warm weight welfar wheel whip wider wildli willing winter wire worldwid wrap' +
    ' yard youth'],
  [5, 'abdomen aboard abolish abruptli absenc absent accommod acquaint actress acut addict addition advers aftermath' +
    ' agit agricultur airlin airwav aisl alik allei alterc altogeth amass ambul ammunit amplifi angl annex anniversari' +
    ' archiv artifici assassin asylum athlet attach audio authent authoritarian backfir bailout balloon bang basebal' +
    ' batch beam beer beg behav bemoan benchmark beneficiari bent betrai bigot bike bin biographi birthdai bite bizarr' +
    ' blind bloodi boat bomber boot bottl bounc bow boycott boyfriend brace branch brash breakthrough brew bright' +
    ' brilliant bristl broaden bubbl buck bulk bump bunch burglari burst button buyer buzz calib calm campu canvass' +
    ' capitalist captiv cartel carv casual catastroph caveat cement certif certifi championship chaotic characterist' +
    ' charit charm charter chat cheap cheat chemic cherish chime chunk circu civic clariti classif clearanc clerk clock' +
    ' closur clout coach coat coffe coin comedian commentari compass compens compil complianc compon compos conceal' +
    ' concert condol consequenti contempl contin contractor convei conven conveni cope costli coup courthous cousin' +
    ' crackdown craft creativ crippl crise crown crude cruis cup currenc cyber cynic dai damn dare databas datetim dawn' +
    ' daylight deadliest deadlock dealer dealt debunk debut deceas decidedli deck decreas deduct deepen default defer' +
    ' defi defiant deflect delet deliveri denial dent depriv depth derail derid deris descend descent destin detent' +
    ' deter detractor diagnos dial dialogu dilemma dimens dip diplomaci dire disadvantag disapprov disavow discredit' +
    ' discret dismai dismantl dispar disparag displac disregard dissent distant distort distress distrust documentari' +
    ' dodg dole download downplai downturn drastic drivewai drum dubiou duck dy dysfunct eclips ecosystem effici egg' +
    ' electron embodi empathi endeavor endless energ enrol entranc envis epic epidem eras erod escort etc euro evenli' +
    ' evil evolut evolv exagger exce exceed exclud exhaust exhibit expir explicitli explod export exposur extern' +
    ' extract extradit facilit faction fallout falter fantasi fantast farmer fat fatigu feedback felon fertil festiv' +
    ' fiction fieri firmli fish flank flap flash float flower flown flurri foe fold fond fool forcefulli forefront' +
    ' foremost forgotten format formula fossil foster frack fraction fractur fraudul fraught freeli freewai friendship' +
    ' fring funer funni furiou geograph gestur girlfriend grade grandchildren grappl grasp grass grate grave greatli' +
    ' greed greenhous grief griev grill grim grip gubernatori guidanc guidelin gut habit handili hardest haul haven' +
    ' hazard headach heal healthcar healthi heed heel heighten heir helicopt hesit hidden historian homeown honesti' +
    ' honestli hood horrif horrifi hotli hub huddl humbl hypothet impass impeach imper importantli imprison improp' +
    ' impuls inaccur inact inaugur incendiari inclus inconsist increment indefinit index infam infect infiltr inflat' +
    ' inherit insecur inspect instantli instrument insuffici insurmount intim intimid intoler intox intrigu introduct' +
    ' intrud iphon irrit jacket jam jihadist journei justif juvenil knee ktvi lab landscap landslid lap laps lash' +
    ' latter layoff lectur legend len lend lender lesbian lesser librari lieuten likelihood liken lineup linger lit' +
    ' litig log logic lone longstand loos louder loyalti luck lucki lung lure magnat mainli mainten mall maneuv' +
    ' mathemat maxim maximum mechan medicin medium memoir memor merit metric microphon midst migrat mire misdemeanor' +
    ' modifi moon mosqu motion motor mourn municip museum mysteri nationalist necess needl neglig newslett nicknam nod' +
    ' nois nonpartisan nose notif notifi notori nuanc nut oath obscur obstruct ocean offset omin onstag org oust' +
    ' outlook output outsourc outspoken outweigh overlap overshadow overtak overtim ownership pact pamkeynen pander' +
    ' pant parad pastor pathwai patron pave paycheck peacefulli pension perfectli peril persona petit pharmaceut' +
    ' phenomenon philosoph phoni physician pickup pig pin pipe pipelin pit pizza plagu plain plastic plea plummet' +
    ' pointedli poison pole polish politic pollut pop pope postpon potent precis predecessor pregnanc pregnant premier' +
    ' prescript pretend priorit privaci probat proclaim profess profound prolong prop proper proportion proposit' +
    ' protocol provok psycholog pump puzzl radar rage raid randomli rant ration rational raucou realdonaldtrump realm' +
    ' rear rebel rebound rebuf rebut recit reckon reclaim reconsid redact referendum regain reinstat relentless' +
    ' relentlessli reloc reminisc remot render reopen repair resent resettl restraint restructur resum retali rethink' +
    ' retire retweet revis revolt revolutionari richest ring ritual roar robber robot robust rocket rocki roof rough' +
    ' rous royal rumor sag salari savag scari scath scatter scholarship scientif scope scorn screw sedan seed senseless' +
    ' sensibl setback settlement sharpen shatter sheet shelter shirt shook shootout shotgun showcas showdown shrug shy' +
    ' sidewalk silent simultan sincer sing sink sixth sketch sky slai slap slash slice slide slight slim smartphon' +
    ' smoke snag snap sober soccer soft soften softwar soil solar solidifi solidli sophist sour southeast spar' +
    ' spearhead spectacl sped speechwrit spell spill spous sprawl spree squad squeez stab stamina stamp statur steadili' +
    ' stereotyp stern stiff stimulu stmw stoke stranger strict stride stronghold studio subdu subscrib substanc subtl' +
    ' suburb suck suffici summon supposedli suppress surrend survivor suspens swallow swath sweat swim swipe sympathet' +
    ' sympathi systemat tag takeov tale tast taught techniqu temper temperatur tempt tendenc tens termin terrifi' +
    ' therapi thin thorough thread thrill tick tilt timelin tipster titan toi torso tortur toxic traction tradition' +
    ' traffick transact trap trauma treasur treati tree tribut trio tripl triumph trounc trove trustworthi turbul' +
    ' turnaround twin twist ty tycoon unarm unawar uncl unclassifi uncov underli underwai uneasi unexpect unexpectedli' +
    ' unfairli unhappi uniform unload unoffici unrel unrest unsecur unsuccess unsur unwilling upend upgrad upheav upsid' +
    ' upstat urgenc usher utter vagu verbal verifi veto viciou viral volatil volum vy wade wane watchdog waterboard' +
    ' weaken wealthiest well whenev whisper whiter widen wipe wireless wisdom wise withheld withhold woe woke wore' +
    ' workforc worsen worthi wow wreck wrongdo www'],
]);

/** The idf a stem absent from every band gets: rarer than the rarest band (df < 8 of 1414). */
export const BACKGROUND_RARE_IDF = 5.87;

