/**
 * Words that say nothing about which story an article belongs to: English function words and the
 * verbs and nouns every news report uses ("said", "reported", "news"). Lower case, space-separated.
 */
export const STOPWORDS: readonly string[] = `
a about above after again against ago all almost also although am among an and another any are
around as at be became because become been before being below between both but by can cannot could
did do does doing done down during each either else even ever every few for from further get gets
got had has have having he her here hers herself him himself his how however i if in into is it its
itself just last least less like made make many may me might more most much must my myself near
neither never new next no nor not now of off often on once one only or other others our ours
ourselves out over own per perhaps quite rather really same several shall she should since so some
still such than that the their theirs them themselves then there these they this those though
through thus to too toward towards under until up upon us very via was we were what whatever when
where whether which while who whom whose why will with within without would yet you your yours
yourself according added add adds announce announced article asked comment comments day days first
go going know known latest look mr mrs ms news people read report reported reporter reports say said
says see statement story take taken tell think time times told two three update updated way week
weeks well year years yesterday today tomorrow monday tuesday wednesday thursday friday saturday
sunday pm et pt gmt utc copyright photo image video click share email print
`
  .trim()
  .split(/\s+/);
