/**
 * Every verb form that attributes words or a view to someone, once, with what it does. One row per
 * form (no stemming, so "said" and "says" each match directly), lower case, then its tags:
 *
 * - `speech`: it introduces quoted or reported speech ("said", "tweeted", "quipped");
 * - a stance (`confirms`, `denies`, `estimates`, `reports`, `speculates`): the claim it makes when not negated;
 * - `declines`: negated, it means the claimant declined to say ("has not commented", "did not respond");
 * - `refuses`: it declines whatever infinitive follows ("declined to comment", "refused to confirm");
 * - `noun`: also a noun ("reports of", "claims that", "estimates put"), read as a verb only in a verb's place;
 * - `that`: it makes a claim only with a "that" clause ("a poll found that …", not "found nothing");
 * - `after`: it attributes a figure written before it ("…, officials said");
 * - `order`: followed by "to" it passes on an order, not a statement ("people told to leave");
 * - `credits`: it credits its subject with what follows, without a stance ("has proposed a 10 percent tax");
 * - `promise`: followed by "to" it credits its subject with an intention ("pledged to spend $2 million"),
 *   not otherwise ("pledged €40 million" is an act);
 * - `evidence`: it attributes only when its subject is a record or study ("a Bloomberg poll showed",
 *   "FEC records show"; "satellite images show" is no claimant).
 *
 * The trained cue model covers the long tail of reported speech beyond these.
 */
export const CUE_VERBS = `
say          speech reports declines after
says         speech reports after
said         speech reports declines after
saying       speech
tell         speech order
tells        speech reports order
told         speech reports after order
telling      speech
add          speech
adds         speech
added        speech after
adding       speech
ask          speech
asks         speech
asked        speech
asking       speech
write        speech
writes       speech reports
wrote        speech reports after
writing      speech
remark       speech
remarks      speech
remarked     speech
note         speech
notes        speech noun
noted        speech reports after
noting       speech
explain      speech declines
explains     speech
explained    speech declines
explaining   speech
argue        speech
argues       speech
argued       speech
arguing      speech
warn         speech
warns        speech reports order
warned       speech reports order
warning      speech
insist       speech
insists      speech reports
insisted     speech reports
insisting    speech
declare      speech
declares     speech
declared     speech
state        speech
states       speech noun
stated       speech reports after
continue     speech
continues    speech
continued    speech
reply        speech declines
replies      speech
replied      speech declines
respond      speech declines
responds     speech declines
responded    speech declines
answer       speech declines
answers      speech
answered     speech declines
tweet        speech
tweets       speech
tweeted      speech
post         speech
posts        speech
posted       speech
recall       speech
recalls      speech
recalled     speech
recalling    speech
claim        speech reports noun after
claims       speech reports noun after
claimed      speech reports after
claiming     speech
suggest      speech speculates after
suggests     speech speculates after
suggested    speech speculates after
suggesting   speech
announce     speech
announces    speech reports
announced    speech reports after
acknowledge  speech confirms
acknowledges speech confirms
acknowledged speech confirms
admit        speech confirms
admits       speech confirms
admitted     speech confirms
confirm      speech confirms declines
confirms     speech confirms
confirmed    speech confirms declines after
deny         speech denies
denies       speech denies
denied       speech denies
describe     speech
describes    speech
described    speech
describing   speech
call         speech
calls        speech
called       speech
calling      speech
quip         speech
quips        speech
quipped      speech
joke         speech
jokes        speech
joked        speech
shout        speech
shouts       speech
shouted      speech
yell         speech
yelled       speech
cry          speech
cried        speech
wonder       speech
wonders      speech
wondered     speech speculates
demand       speech
demands      speech
demanded     speech
predict      speech speculates
predicts     speech speculates
predicted    speech speculates
promise      speech
promises     speech promise
promised     speech promise
vow          speech
vows         speech promise
vowed        speech promise
urge         speech
urges        speech
urged        speech
observe      speech
observes     speech
observed     speech
conclude     speech
concluded    speech
concede      speech
conceded     speech
concedes     speech
report       speech reports noun after
reports      speech reports noun after
reported     speech reports after
reads        speech
read         speech
boast        speech
boasted      speech
complain     speech
complained   speech
complains    speech
charge       speech
charged      speech
contend      speech
contends     speech
contended    speech
point        speech
pointed      speech
testify      speech
testified    speech reports
assert       speech
asserted     speech reports
asserts      speech reports
reiterate    speech
reiterated   speech
emphasize    speech
emphasized   speech
stress       speech
stressed     speech
stresses     speech
counter      speech
countered    speech
chant        speech
chanted      speech
chanting     speech
sing         speech
sings        speech
sang         speech
exclaimed    speech
barked       speech
boomed       speech
opined       speech
whisper      speech
whispered    speech
mutter       speech
muttered     speech
snap         speech
snapped      speech
scoff        speech
scoffed      speech
sigh         speech
sighed       speech
laugh        speech
laughed      speech
begin        speech
began        speech
went         speech
goes         speech
interject    speech
interjected  speech
proclaim     speech
proclaimed   speech
pledge       speech
pledged      speech promise
mock         speech
mocked       speech
dismiss      speech denies
dismissed    speech denies
blast        speech
blasted      speech
accuse       speech
accused      speech
praise       speech
praised      speech
criticize    speech
criticized   speech
thank        speech
thanked      speech
hail         speech
hailed       speech
released     speech
issued       speech
referred     speech
accuses      speech
blamed       speech
titled       speech
shot         speech
stating      speech
remarking    speech
assured      speech
concludes    speech
praising     speech
declaring    speech
emailed      speech
spoke        speech
talked       speech
tweeting     speech
cited        speech
citing       speech
repeated     speech
published    speech
surmised     speech speculates
agrees       speech
agreed       speech
mocks        speech
elaborated   speech declines
chimed       speech
offered      speech
pleaded      speech
lamented     speech
cautioned    speech
mused        speech speculates
marveled     speech
retorted     speech
fumed        speech
griped       speech
bragged      speech
gushed       speech
texted       speech
messaged     speech
verified     confirms
verifies     confirms
corroborated confirms
reject       denies
rejects      denies
rejected     denies
dismisses    denies
refute       denies
refutes      denies
refuted      denies
dispute      denies noun
disputes     denies noun
disputed     denies
rebuffed     denies
rebuts       denies
rebutted     denies
estimate     estimates noun after
estimates    estimates noun after
estimated    estimates after
put          estimates noun
puts         estimates noun
calculated   estimates
calculates   estimates
projected    estimates
projects     estimates noun
reckoned     estimates
reckons      estimates
forecast     estimates noun
forecasts    estimates noun
revealed     reports declines
reveals      reports
disclosed    reports declines
discloses    reports
alleged      reports
alleges      reports
maintained   reports
maintains    reports
found        reports that
finds        reports noun that
counted      reports that
informed     reports
briefed      reports
indicated    reports
indicates    reports
speculate    speculates
speculates   speculates
speculated   speculates
believe      speculates after
believes     speculates after
believed     speculates
think        speculates
thinks       speculates
guessed      speculates
hinted       speculates
hints        speculates
theorized    speculates
expect       speculates
expects      speculates
suspect      speculates noun
suspects     speculates noun
suspected    speculates
fear         speculates noun
fears        speculates noun
feared       speculates
comment      declines
commented    declines
comments     declines
commenting   declines
return       declines
returned     declines
disclose     declines
discuss      declines
discussed    declines
elaborate    declines
address      declines
addressed    declines
specify      declines
specified    declines
reveal       declines
identify     declines
identified   declines
declined     refuses
declines     refuses
decline      refuses
refused      refuses
refuses      refuses
refuse       refuses
count        noun
proposed     credits
proposes     credits
propose      credits
pledges      promise
show         reports noun after evidence
shows        reports noun after evidence
showed       reports after evidence
determined   reports that
`;
