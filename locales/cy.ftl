# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# DRAFFT o gyfieithiad sy’n aros i gael ei adolygu gan gyfieithydd cymwys. Peidiwch â’i gyhoeddi heb yr adolygiad hwnnw.
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Gwneud cwyn neu roi adborth
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = Neidio i’r prif gynnwys
loading = Wrthi’n llwytho…
page-load-failed-title = Nid oedd modd llwytho’r dudalen hon
page-load-failed-body = Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni. Nid yw eich atebion hyd yma wedi’u colli.
page-load-try-again = Rhoi cynnig arall arni

## Start page

start-heading = Gwneud cwyn neu roi adborth i { $council-soft }
start-intro = Defnyddiwch y gwasanaeth hwn i ddweud wrthym beth yw eich barn am un o’n gwasanaethau, gan gynnwys gofal cymdeithasol plant a gofal cymdeithasol oedolion.
start-you-can = Gallwch:
start-can-complain = wneud cwyn
start-can-compliment = roi canmoliaeth
start-can-comment = wneud sylw neu awgrym
start-hear-from-you = Rydym eisiau clywed pan fydd pethau’n mynd o chwith a phan fyddwn yn gwneud pethau’n iawn. Nid “creu ffwdan” yw dweud wrthym.
start-button = Dechrau nawr
start-talk-first-heading = Cyn i chi ddechrau
start-talk-first = Yn aml, mae’n help siarad yn gyntaf â’r unigolyn neu’r tîm rydych chi’n delio â nhw: gellir datrys llawer o broblemau ar unwaith. Gallwch ddefnyddio’r gwasanaeth hwn o hyd os nad ydych wedi gwneud hynny, neu os nad oedd siarad wedi helpu.
start-need-heading = Beth fydd ei angen arnoch
start-need-what = beth ddigwyddodd, a phryd, yn fras
start-need-service = pa wasanaeth neu dîm sydd dan sylw
start-need-outcome = beth yr hoffech i ni ei wneud i unioni pethau
start-need-contact = eich manylion cyswllt, os hoffech gael ateb
start-need-help = Gallwch ofyn i rywun eich helpu, neu wneud hyn ar eich rhan. Gallwch gymryd cymaint o amser ag sydd ei angen arnoch i lenwi’r ffurflen hon, ac mae eich atebion yn aros ar y ddyfais hon nes i chi eu hanfon.
start-risk-heading = Oes rhywun mewn perygl o gael niwed ar hyn o bryd?
start-risk-emergency = Os oes rhywun mewn perygl uniongyrchol, ffoniwch { $number }.
start-risk-adults = Yn poeni am oedolyn
start-risk-children = Yn poeni am blentyn
start-risk-out-of-hours = Y tu allan i oriau swyddfa, ffoniwch y tîm dyletswydd brys
start-other-ways-heading = Ffyrdd eraill o gysylltu

## Contact details

contact-phone = Ffôn
contact-email = E-bost
contact-post = Ysgrifennwch at
contact-in-person = Dewch i’n gweld
contact-website = Gwefan
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens } tan { $closes }
# A run of days, such as "Monday to Friday".
opening-days = { $from } – { $to }
weekday-monday = Dydd Llun
weekday-tuesday = Dydd Mawrth
weekday-wednesday = Dydd Mercher
weekday-thursday = Dydd Iau
weekday-friday = Dydd Gwener
weekday-saturday = Dydd Sadwrn
weekday-sunday = Dydd Sul
opening-any-time = Unrhyw bryd

## When the wizard cannot start

config-error-title = Mae’n ddrwg gennym, nid yw’r gwasanaeth hwn yn gweithio ar hyn o bryd
config-error-body = Gallwch wneud cwyn neu roi adborth o hyd drwy gysylltu â’r cyngor dros y ffôn, drwy e-bost neu drwy’r post. Rhowch gynnig ar y gwasanaeth hwn eto yn nes ymlaen.
config-error-emergency = Os oes rhywun mewn perygl uniongyrchol, ffoniwch 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = Mae’n ddrwg gennym, aeth rhywbeth o’i le
crash-body = Nid yw eich atebion wedi cael eu colli. Copïwch neu lawrlwythwch nhw isod, yna ail-lwythwch y dudalen i roi cynnig arall arni, neu cysylltwch â ni mewn ffordd arall.
crash-answers = Eich atebion hyd yma
crash-download = Lawrlwytho eich atebion

## Shared by question pages

continue = Parhau
back = Yn ôl
answer-yes = Ie
answer-no = Na
error-summary-title = Mae problem wedi codi
# Read out before each error message, hidden on screen.
error-prefix = Gwall:
# Put in front of the page title while the page shows errors.
page-title-error = Gwall: { $title }
character-count-remaining = { $count ->
    [zero] Mae gennych { $count } nod yn weddill
    [one] Mae gennych { $count } nod yn weddill
    [two] Mae gennych { $count } nod yn weddill
    [few] Mae gennych { $count } nod yn weddill
    [many] Mae gennych { $count } nod yn weddill
   *[other] Mae gennych { $count } nod yn weddill
}
character-count-over = { $count ->
    [zero] Mae gennych { $count } nod yn ormod
    [one] Mae gennych { $count } nod yn ormod
    [two] Mae gennych { $count } nod yn ormod
    [few] Mae gennych { $count } nod yn ormod
    [many] Mae gennych { $count } nod yn ormod
   *[other] Mae gennych { $count } nod yn ormod
}
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
date-error-month = Rhowch y mis, fel rhif o 1 i 12
date-error-year = Rhowch y flwyddyn, gyda 4 digid, fel 2025
date-error-real = Rhowch ddyddiad go iawn, fel 27 3 2025, neu’r mis a’r flwyddyn yn unig, fel 3 2025
date-error-future = Rhaid i’r dyddiad fod heddiw neu yn y gorffennol

## What would you like to do?

kind-question = Beth yr hoffech ei wneud?
kind-complaint = Gwneud cwyn
kind-complaint-hint = Mae rhywbeth wedi mynd o chwith, neu rydych yn anfodlon â gwasanaeth, penderfyniad neu’r ffordd y cawsoch eich trin.
kind-compliment = Rhoi canmoliaeth
kind-compliment-hint = Dywedwch wrthym am rywbeth a wnaethom yn dda, neu am rywun a’ch helpodd.
kind-comment = Gwneud sylw neu awgrym
kind-comment-hint = Dywedwch wrthym sut y gallem wneud pethau’n well.
kind-follow-up = Mynd ar drywydd cwyn rydych chi eisoes wedi’i gwneud
kind-follow-up-hint = Gofynnwch am y cam nesaf, atgoffwch ni am ateb sy’n hwyr, neu holwch pryd y gallwch fynd at yr Ombwdsmon.
kind-error = Dewiswch beth yr hoffech ei wneud

## Is anyone at risk?

safety-question = Oes unrhyw un mewn perygl, neu mewn perygl o gael niwed?
safety-hint = Gallai hyn fod yn berthnasol i chi, i blentyn, neu i oedolyn sydd angen gofal a chymorth.
safety-error = Dewiswch ‘Ie’ os oes unrhyw un mewn perygl, neu mewn perygl o gael niwed
safety-advice-heading = Cael help nawr
safety-advice-emergency = Os oes rhywun mewn perygl uniongyrchol, ffoniwch { $number } nawr.
safety-advice-safeguarding = Os ydych chi’n poeni am ddiogelwch plentyn neu oedolyn sydd angen gofal a chymorth, ffoniwch ein timau gofal cymdeithasol. Gallant weithredu ar unwaith. Mae cwyn yn cymryd mwy o amser.
safety-advice-carry-on = Gallwch wneud cwyn hefyd.
safety-advice-history = Nid yw’r botwm “Gadael y dudalen hon” yn dileu hanes eich porwr. Os gallai rhywun arall edrych ar y ddyfais hon, dilëwch yr hanes pan fyddwch chi wedi gorffen, neu defnyddiwch ffenestr bori breifat.
safety-advice-continue = Parhau â’m cwyn

## Who is it for?

who-question = Ar gyfer pwy mae’r gŵyn?
who-myself = Fi
who-someone-else = Rhywun arall
who-someone-else-hint = Er enghraifft, perthynas, ffrind neu rywun rydych chi’n gofalu amdano.
who-professional = Rwy’n eiriolwr neu’n weithiwr proffesiynol sy’n gweithredu ar ran rhywun
who-professional-hint = Er enghraifft, eiriolwr, gweithiwr cymdeithasol o sefydliad arall neu gyfreithiwr.
who-error = Dewiswch ar gyfer pwy mae’r gŵyn
representation-heading = Ynglŷn â’r unigolyn rydych chi’n cwyno ar ei ran
their-name-label = Enw llawn yr unigolyn
their-name-error = Rhowch enw llawn yr unigolyn rydych chi’n cwyno ar ei ran
their-name-too-long = Rhaid i’r enw fod yn { $max } nod neu lai
relationship-label = Beth yw eich cysylltiad â’r unigolyn?
relationship-hint = Er enghraifft, “fy mam”, “fy nghymydog” neu “fi yw eu heiriolwr”.
relationship-error = Rhowch eich cysylltiad â’r unigolyn
relationship-too-long = Rhaid i’ch cysylltiad â’r unigolyn fod yn { $max } nod neu lai
consent-question = Ydyn nhw wedi cytuno i chi wneud y gŵyn hon ar eu rhan?
consent-hint = Mae angen eu caniatâd arnom i ddelio â chi ynglŷn â’u cwyn ac i edrych ar eu cofnodion. Hyd yn oed gyda’u caniatâd, efallai na fyddwn yn gallu dweud popeth wrthych am yr hyn a ganfyddwn neu a wnawn.
consent-given = Ydyn, maen nhw wedi cytuno
consent-child = Ni allant gytuno, oherwydd eu bod yn blentyn
consent-lacks-capacity = Ni allant gytuno, oherwydd nad ydynt yn gallu gwneud y penderfyniad hwn
consent-lacks-capacity-hint = Er enghraifft, oherwydd dementia neu salwch difrifol.
consent-died = Ni allant gytuno, oherwydd eu bod wedi marw
consent-not-yet = Ddim eto
consent-error = Dewiswch a ydyn nhw wedi cytuno i chi wneud y gŵyn hon
consent-advice-heading = Bydd angen eu caniatâd arnom
consent-advice-permission = Cyn y gallwn ymchwilio i’r gŵyn, bydd angen caniatâd yr unigolyn arnom i ddelio â chi. Byddwn yn cysylltu â chi ynglŷn â sut i’w roi.
consent-advice-outcome = Hyd yn oed gyda’u caniatâd, efallai na fyddwn yn gallu dweud popeth wrthych am yr hyn a ganfyddwn neu a wnawn, er mwyn diogelu eu preifatrwydd.
consent-advice-carry-on = Gallwch barhau a dweud wrthym am y gŵyn nawr.
consent-advice-continue = Parhau

## What is it about?

topic-question = Am beth mae eich cwyn?
topic-children = Gofal cymdeithasol plant
topic-children-hint = Er enghraifft, gweithiwr cymdeithasol ar gyfer plentyn neu deulu, maethu, mabwysiadu neu gartref plant.
topic-adults = Gofal cymdeithasol oedolion
topic-adults-hint = Er enghraifft, help gartref, cartref gofal, asesiad gofal neu daliadau uniongyrchol.
topic-other = Gwasanaeth arall gan y cyngor
topic-other-hint = Er enghraifft, tai, biniau ac ailgylchu, ffyrdd, y dreth gyngor neu dderbyniadau i ysgolion. Mae hyn yn cynnwys gwasanaethau y mae sefydliadau eraill yn eu darparu ar ein rhan.
topic-child-protection = Penderfyniad a wnaed mewn cynhadledd amddiffyn plant
topic-court = Rhywbeth y mae llys wedi’i benderfynu neu wrthi’n ei benderfynu
topic-first-request = Gofyn am wasanaeth am y tro cyntaf
topic-first-request-hint = Er enghraifft, gofyn am asesiad gofal, neu roi gwybod am y tro cyntaf na chafodd bin ei gasglu.
topic-error = Dewiswch am beth mae eich cwyn
care-question = Pwy sy’n trefnu’r gofal?
care-council = Y cyngor sy’n ei drefnu
care-council-hint = Hyd yn oed os ydych chi’n talu am ran o’r gost neu’r gost i gyd.
care-self-funded = Fi sy’n ei drefnu ac yn talu amdano, neu fy nheulu
care-error = Dewiswch pwy sy’n trefnu’r gofal
self-funded-heading = Os ydych chi’n trefnu ac yn talu am eich gofal eich hun
self-funded-provider = Cwynwch wrth y darparwr gofal yn gyntaf: yr asiantaeth gofal cartref neu’r cartref gofal.
self-funded-question = Ydy eich cwyn am rywbeth a wnaeth y cyngor?
self-funded-hint = Er enghraifft, asesiad gofal, penderfyniad am dalu am ofal, neu wybodaeth a roesom i chi.
self-funded-error = Dewiswch ‘Ie’ os yw eich cwyn am rywbeth a wnaeth y cyngor

## Where to go instead

signpost-conference-heading = Mae gan benderfyniadau cynadleddau amddiffyn plant eu proses eu hunain
signpost-conference-body = Ni all y weithdrefn gwyno newid penderfyniad a wnaed mewn cynhadledd amddiffyn plant.
signpost-conference-next = Siaradwch â chadeirydd y gynhadledd neu â’r gweithiwr cymdeithasol am herio’r penderfyniad. Gallwch gwyno o hyd am y ffordd y gwnaeth y cyngor eich trin, er enghraifft sut y cafodd cyfarfod ei gynnal.
signpost-court-heading = Y llysoedd sy’n delio â materion llys
signpost-court-body = Ni all y weithdrefn gwyno ymchwilio i rywbeth y mae llys wedi’i benderfynu neu wrthi’n ei benderfynu.
signpost-court-next = Siaradwch â’ch cyfreithiwr neu â’r llys. Gallwch gwyno o hyd am rywbeth a wnaeth y cyngor nad yw’n rhan o’r achos llys.
signpost-request-heading = Gofynnwch i’r gwasanaeth yn gyntaf
signpost-request-body = Cais yw gofyn am wasanaeth am y tro cyntaf, nid cwyn.
signpost-request-next = Cysylltwch â’r gwasanaeth a gofynnwch. Os nad ydyn nhw’n helpu, neu os ydych chi’n anfodlon â’u hateb, gallwch wneud cwyn wedyn.
signpost-provider-heading = Cwynwch wrth eich darparwr gofal
signpost-provider-body = Os ydych chi’n trefnu ac yn talu am eich gofal eich hun, cwynwch wrth y darparwr gofal yn gyntaf.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = Cwynwch wrth eich Ymddiriedolaeth Iechyd a Gofal Cymdeithasol
signpost-trust-body = Yng Ngogledd Iwerddon, yr Ymddiriedolaethau Iechyd a Gofal Cymdeithasol sy’n rhedeg gofal cymdeithasol i blant ac oedolion, nid y cyngor. Cwynwch wrth yr Ymddiriedolaeth sy’n darparu’r gofal: mae ganddi ei gweithdrefn gwyno ei hun.
signpost-change = Newid eich ateb
signpost-contact-heading = Os nad ydych chi’n siŵr, cysylltwch â ni

## Talking to the service first

talked-question = Ydych chi eisoes wedi siarad â’r gwasanaeth am hyn?
talked-hint = Er enghraifft, yr unigolyn neu’r tîm rydych chi’n delio â nhw fel arfer, neu eu rheolwr.
talked-error = Dewiswch ‘Ie’ os ydych chi eisoes wedi siarad â’r gwasanaeth
talk-first-heading = Mae siarad â’r gwasanaeth yn aml yn datrys pethau’n gyflym
talk-first-quick = { $procedure ->
    [children] Mae’r rhan fwyaf o broblemau gyda gofal cymdeithasol plant yn cael eu datrys “yn y fan a’r lle” gan y person rydych chi’n delio ag ef, neu gan ei reolwr o fewn 10 diwrnod gwaith.
    [adults] Os dywedwch wrth y gwasanaeth beth sydd o’i le, efallai y gallan nhw ei unioni erbyn y diwrnod gwaith nesaf.
   *[other] Bydd ein tîm cwynion yn ceisio datrys eich cwyn yn gyflym ac yn anffurfiol gyda’r gwasanaeth yn gyntaf. Datrys yn gynnar yw’r enw ar hyn.
}
talk-first-carry-on = Does dim rhaid i chi siarad â’r gwasanaeth yn gyntaf. Gallwch barhau â’ch cwyn nawr.
talk-first-continue = Parhau â’m cwyn

## When did it happen?

when-heading = Pryd ddigwyddodd hyn?
when-happened = Pryd y digwyddodd, neu pryd y dechreuodd
when-happened-hint = Er enghraifft, 27 3 2025. Os nad ydych chi’n gwybod y diwrnod, rhowch y mis a’r flwyddyn yn unig.
when-still-happening = Mae’n dal i ddigwydd
when-found-out = Pryd y daethoch i wybod amdano, os oedd hynny’n hwyrach (dewisol)
when-found-out-hint = Er enghraifft, 3 2025. Gadewch hwn yn wag os oeddech chi’n gwybod ar y pryd.
when-error-missing = Rhowch pryd y digwyddodd, neu ddewiswch ei fod yn dal i ddigwydd
when-error-found-out-before = Rhaid i’r dyddiad y daethoch i wybod fod yr un fath â’r dyddiad y digwyddodd, neu ar ei ôl
late-question = Pam ydych chi’n gwneud y gŵyn nawr?
late-hint = { $months ->
    [zero] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth neu y daethoch i wybod amdano. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [one] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth neu y daethoch i wybod amdano. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [two] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth neu y daethoch i wybod amdano. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [few] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth neu y daethoch i wybod amdano. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [many] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth neu y daethoch i wybod amdano. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
   *[other] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth neu y daethoch i wybod amdano. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [zero] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [one] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [two] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [few] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
    [many] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
   *[other] Fel arfer, dylid gwneud cwyn o fewn { $months } mis i’r adeg y digwyddodd rhywbeth. Gallwn ymchwilio iddi o hyd os oes rheswm da pam na chafodd ei gwneud yn gynt, er enghraifft salwch, neu nad oeddech chi’n gwybod y gallech gwyno, ac os yw’n dal yn bosibl ymchwilio iddi’n deg ac yn iawn.
}
late-error = Dywedwch wrthym pam rydych chi’n gwneud y gŵyn nawr
late-too-long = Rhaid i’ch ateb fod yn { $max } nod neu lai

## Your complaint or message

service-question = Am ba wasanaeth neu dîm mae hyn?
service-hint = Er enghraifft, gwaith cymdeithasol plant, gofal cartref neu waith atgyweirio tai. Os nad ydych chi’n siŵr, dywedwch wrthym beth rydych chi’n ei wybod.
service-error = Rhowch pa wasanaeth neu dîm sydd dan sylw
service-too-long = Rhaid i enw’r gwasanaeth fod yn { $max } nod neu lai
message-question = Beth yr hoffech ei ddweud wrthym?
message-hint = Os yw am unigolyn, rhowch ei enw os ydych chi’n ei wybod.
message-error = Rhowch beth yr hoffech ei ddweud wrthym
message-too-long = Rhaid i’ch neges fod yn { $max } nod neu lai
what-happened-question = Beth ddigwyddodd?
what-happened-hint = Dywedwch wrthym beth aeth o’i le, pryd, a phwy oedd yn rhan ohono. Rhowch unrhyw beth rydych chi’n meddwl a fydd yn ein helpu i ddeall.
what-happened-error = Rhowch beth ddigwyddodd
what-happened-too-long = Rhaid i’r disgrifiad o beth ddigwyddodd fod yn { $max } nod neu lai
put-right-question = Beth yr hoffech i ni ei wneud i unioni pethau?
put-right-hint = Er enghraifft, ymddiheuriad, edrych eto ar benderfyniad, neu newid i wasanaeth.
put-right-error = Rhowch beth yr hoffech i ni ei wneud i unioni pethau
put-right-too-long = Rhaid i’ch ateb fod yn { $max } nod neu lai

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = Ychwanegu llythyrau, lluniau neu ddogfennau
evidence-hint = Does dim rhaid i chi ychwanegu unrhyw beth. Os oes gennych chi rywbeth sy’n dangos beth ddigwyddodd, fel llythyr, cynllun gofal, bil neu lun, gallwch ei ychwanegu yma.
evidence-rules = Gallwch ychwanegu hyd at { $files ->
    [zero] { $files } ffeil
    [one] { $files } ffeil
    [two] { $files } ffeil
    [few] { $files } ffeil
    [many] { $files } ffeil
   *[other] { $files } ffeil
}. Rhaid i bob ffeil fod yn llai na { $each }, a rhaid i’r ffeiliau i gyd gyda’i gilydd fod yn llai na { $total }.
evidence-kinds = Mathau o ffeiliau y gallwch eu hychwanegu: { $kinds }
evidence-photos = Cyn i lun JPEG adael eich dyfais, rydym yn tynnu ohono’r wybodaeth am ble y cafodd ei dynnu, a manylion cudd eraill. Nid yw’r llun ei hun yn cael ei newid. Mae ffeiliau eraill, gan gynnwys mathau eraill o luniau, yn cael eu hanfon fel y maen nhw.
evidence-choose = Dewis ffeiliau
evidence-drop = neu ollwng ffeiliau yma
evidence-added-heading = Ffeiliau wedi’u hychwanegu
evidence-remove = Tynnu
evidence-adding = Wrthi’n ychwanegu { $name }…
evidence-added = Wedi ychwanegu { $name }
evidence-removed = Wedi tynnu { $name }
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (hŷn)
evidence-kind-text = testun
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = Mae { $name } yn wag
attachment-error-too-big = Rhaid i { $name } fod yn llai na { $limit }
attachment-error-type = Nid yw { $name } yn fath o ffeil y gallwch ei hychwanegu. Rhaid iddi fod yn un o’r rhain: { $kinds }
attachment-error-too-many = Nid yw { $name } wedi’i hychwanegu: gallwch ychwanegu hyd at { $limit ->
    [zero] { $limit } ffeil
    [one] { $limit } ffeil
    [two] { $limit } ffeil
    [few] { $limit } ffeil
    [many] { $limit } ffeil
   *[other] { $limit } ffeil
}
attachment-error-total = Nid yw { $name } wedi’i hychwanegu: rhaid i’ch ffeiliau i gyd gyda’i gilydd fod yn llai na { $limit }
attachment-error-duplicate = Mae { $name } wedi’i hychwanegu’n barod
attachment-error-photo = Nid oedd modd darllen { $name } fel llun. Cadwch hi eto neu dewiswch ffeil arall
attachment-error-unreadable = Nid oedd modd darllen { $name }. Dewiswch hi eto
attachment-error-lost = Nid yw { $name } ar y ddyfais hon bellach. Ychwanegwch hi eto neu tynnwch hi

## How you would like it handled

handling-question = Sut yr hoffech i ni ddelio â’ch cwyn?
handling-hint = Byddwn yn trafod hyn gyda chi ac yn cytuno arno gyda chi.
handling-error = Dewiswch sut yr hoffech i ni ddelio â’ch cwyn
resolution-on-the-spot = Ei datrys ar unwaith gyda’r person rwy’n delio ag ef
resolution-local = Gofyn i reolwr edrych arni’n gyflym
resolution-next-working-day = Ceisio unioni pethau erbyn y diwrnod gwaith nesaf
resolution-early = Ceisio ei datrys yn gyflym ac yn anffurfiol yn gyntaf
resolution-meeting = Ei thrafod mewn cyfarfod
resolution-formal-investigation = Ymchwiliad ffurfiol, gydag ymateb ysgrifenedig
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = Os caiff y mater ei unioni er eich boddhad erbyn diwedd y diwrnod gwaith nesaf, ni chaiff ei gofrestru fel cwyn, ac ni fyddwch yn gallu codi’r un peth drwy’r weithdrefn gwyno yn nes ymlaen.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = Ar gyfer materion difrifol. Byddwn yn rhoi gwybod i chi a ydym yn cytuno i ddechrau gydag ymchwiliad ffurfiol. Os na fyddwn yn cytuno, bydd y cam cyntaf yn edrych arno yn gyntaf.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = Ni fyddwn yn ceisio ei datrys yn anffurfiol yn gyntaf: bydd eich cwyn yn mynd yn syth at ymchwiliad Cam 1.
meeting-question = Hoffech chi gwrdd â ni i siarad am eich cwyn?
meeting-hint = Gall hyn fod wyneb yn wyneb, dros y ffôn neu drwy alwad fideo.
meeting-error = Dewiswch ‘Ie’ os hoffech chi gwrdd â ni

## Your records

records-question = Gawn ni edrych ar y cofnodion sydd gennym am hyn?
records-hint = I ymchwilio i’ch cwyn yn iawn, mae angen i ni weld y cofnodion sydd gennym amdanoch chi, neu am yr unigolyn rydych chi’n cwyno ar ei ran. Dim ond y bobl sy’n ymchwilio i’ch cwyn fydd yn eu gweld. Os bydd angen i ni siarad â’r GIG neu â sefydliadau sy’n darparu gwasanaethau ar ein rhan, fel cartrefi gofal, byddwn yn gofyn am eich caniatâd cyn i ni rannu eich gwybodaeth â nhw.
records-error = Dewiswch ‘Ie’ os cawn ni edrych ar y cofnodion

## Confidentiality

confidentiality-heading = Cadw pethau’n gyfrinachol
confidentiality-who = Dim ond y bobl sydd angen gwybod fydd yn gweld eich cwyn: y bobl sy’n ymchwilio iddi a’r bobl sy’n gallu unioni pethau.
confidentiality-limit = Os dywedwch wrthym am drosedd, neu am risg i ddiogelwch plentyn neu oedolyn sydd angen gofal a chymorth, ni allwn ei gadw’n gyfrinach. Byddwn yn helpu i sicrhau bod y bobl iawn yn cael gwybod a bod y camau iawn yn cael eu cymryd.
confidential-question = Oes unrhyw beth yr hoffech i ni ei gadw’n gyfrinachol?
confidential-hint = Byddwn yn ceisio parchu eich dymuniadau, ond gallai hyn ei gwneud hi’n anoddach canfod beth ddigwyddodd ac unioni pethau.
confidential-error = Dewiswch ‘Ie’ os oes unrhyw beth yr hoffech i ni ei gadw’n gyfrinachol
confidential-detail-label = Beth yr hoffech i ni ei gadw’n gyfrinachol? (dewisol)
confidential-detail-too-long = Rhaid i’ch ateb fod yn { $max } nod neu lai

## Support

support-heading = Help a chymorth
support-question = Oes angen unrhyw un o’r rhain arnoch i gymryd rhan yn y broses gwyno?
support-hint = Dewiswch bob un sy’n berthnasol.
support-interpreter = Cyfieithydd
support-bsl = Dehonglydd Iaith Arwyddion Prydain (BSL)
support-braille = Llythyrau mewn Braille
support-large-print = Llythyrau mewn print bras
support-easy-read = Dogfennau hawdd eu deall
support-audio = Recordiadau sain
support-advocacy = Help gan eiriolwr neu sefydliad cymorth
interpreter-language-label = Pa iaith?
interpreter-language-error = Rhowch yr iaith y mae angen cyfieithydd arnoch ar ei chyfer
advocacy-intro = Gall y sefydliadau hyn eich helpu i leisio eich barn. Maen nhw’n annibynnol ar y cyngor. Gallwch gysylltu â nhw eich hun, neu gallwn ni eich rhoi mewn cysylltiad â nhw.
reply-language-label = Ym mha iaith yr hoffech i ni ysgrifennu atoch chi? (dewisol)
reply-language-hint = Gadewch hwn yn wag i gael atebion yn yr iaith rydych chi’n ei defnyddio nawr.
helper-label = Oes rhywun yn eich helpu gyda’ch cwyn? (dewisol)
helper-hint = Dywedwch wrthym beth yw eu henw, fel ein bod yn gwybod pwy ydyn nhw os byddan nhw’n cysylltu â ni.
contact-too-long = Rhaid i hyn fod yn { $max } nod neu lai

## Contact details

contact-heading = Eich manylion cyswllt
contact-heading-optional = Os hoffech gael ateb
contact-optional-intro = Does dim rhaid i chi roi eich enw na’ch manylion cyswllt. Hebddyn nhw, ni allwn eich ateb.
full-name-label = Enw llawn
full-name-label-optional = Enw llawn (dewisol)
full-name-error = Rhowch eich enw llawn
contact-method-question = Sut yr hoffech i ni gysylltu â chi?
contact-method-hint = Dewiswch bob un sy’n berthnasol.
contact-method-hint-optional = Dewiswch bob un sy’n berthnasol, neu beidiwch â dewis yr un os nad ydych chi eisiau ateb.
contact-method-error = Dewiswch o leiaf un ffordd y gallwn gysylltu â chi
contact-by-email = E-bost
contact-by-phone = Ffôn
contact-by-post = Post
email-label = Cyfeiriad e-bost
email-error-empty = Rhowch eich cyfeiriad e-bost
email-error-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
phone-label = Rhif ffôn
phone-hint = Ar gyfer rhifau rhyngwladol, rhowch y cod gwlad.
phone-error-empty = Rhowch eich rhif ffôn
phone-error-format = Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192
best-time-label = Pryd yw’r amser gorau i’ch ffonio? (dewisol)
best-time-hint = Er enghraifft, boreau yn ystod yr wythnos.
address-line1-label = Llinell 1 y cyfeiriad
address-line1-error = Rhowch linell gyntaf eich cyfeiriad
address-line2-label = Llinell 2 y cyfeiriad (dewisol)
address-town-label = Tref neu ddinas
address-town-error = Rhowch eich tref neu ddinas
postcode-label = Cod post
postcode-error-empty = Rhowch eich cod post
postcode-error-format = Rhowch god post go iawn, fel S70 2TA

## Check your answers

check-heading = Gwiriwch eich atebion cyn anfon
check-change = Newid
check-found-out = Daethoch i wybod: { $date }
check-meeting-yes = Hoffwn gael cyfarfod
check-meeting-no = Does dim angen cyfarfod arnaf
check-interpreter = Cyfieithydd: { $language }
check-reply-language = Iaith yr ateb: { $language }
check-helper = Help gan: { $name }
check-no-support = Dim angen cymorth
check-no-evidence = Dim ffeiliau wedi’u hychwanegu
check-no-reply = Dim angen ateb
check-reply-by = Ateb drwy: { $ways }
check-send-heading-complaint = Nawr anfonwch eich cwyn
check-send-heading-feedback = Nawr anfonwch eich neges
check-send-body = Drwy anfon hwn, rydych chi’n cadarnhau bod yr hyn rydych chi wedi’i ddweud wrthym yn wir, hyd y gwyddoch chi.
check-send-complaint = Anfon y gŵyn
check-send-feedback = Anfon
check-send-heading-follow-up = Nawr anfonwch eich cais
check-send-follow-up = Anfon y cais
check-earlier-reference = Cyfeirnod: { $reference }
check-complained = Dyddiad y gŵyn: { $date }
check-sending = Wrthi’n anfon…
# While the person's files are sent, before their answers.
check-sending-file = Wrthi’n anfon ffeil { $number } o { $count }…
check-send-failed = Nid yw wedi’i anfon eto
check-send-kept = Mae eich atebion yma o hyd: does dim byd wedi’i golli.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = Doedd dim modd cysylltu â system y cyngor. Gwiriwch eich bod ar-lein.
send-problem-timed-out = Cymerodd system y cyngor ormod o amser i ateb.
send-problem-server = Roedd problem gyda system y cyngor.
send-problem-busy = Mae system y cyngor yn brysur ar hyn o bryd.
send-problem-rejected = Doedd system y cyngor ddim yn gallu ei dderbyn, ac ni fydd rhoi cynnig arall arni yn helpu. Lawrlwythwch gopi o’ch atebion, neu anfonwch nhw drwy e-bost yn lle hynny.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [zero] Byddwn yn rhoi cynnig arall arni ymhen { $seconds } eiliad.
    [one] Byddwn yn rhoi cynnig arall arni ymhen { $seconds } eiliad.
    [two] Byddwn yn rhoi cynnig arall arni ymhen { $seconds } eiliad.
    [few] Byddwn yn rhoi cynnig arall arni ymhen { $seconds } eiliad.
    [many] Byddwn yn rhoi cynnig arall arni ymhen { $seconds } eiliad.
   *[other] Byddwn yn rhoi cynnig arall arni ymhen { $seconds } eiliad.
}
send-offline = Rydych chi all-lein. Bydd yn cael ei anfon cyn gynted ag y byddwch chi ar-lein eto: cadwch y dudalen hon ar agor.
send-try-again = Rhoi cynnig arall arni
send-download-copy = Lawrlwytho copi o’ch atebion
send-by-email = Ei anfon drwy e-bost yn lle hynny
# Shown when the council takes submissions by email only.
send-email-explain = Bydd eich rhaglen e-bost yn agor gyda neges wedi’i chyfeirio atom ni, a’ch atebion wedi’u hysgrifennu ynddi. Bydd yn ein cyrraedd pan fyddwch chi’n anfon yr e-bost hwnnw.
send-email-open = Agor e-bost gyda fy atebion
send-email-too-long = Mae eich atebion yn rhy hir i ffitio mewn un ddolen e-bost, felly dim ond dechrau’r atebion fydd yn yr e-bost. Lawrlwythwch gopi o’ch atebion a’i atodi i’r e-bost.
send-email-rest-attached = [Mae fy atebion yn rhy hir i un ddolen e-bost: mae’r gweddill yn y copi rydw i wedi’i atodi.]
send-email-attach = Ni allwn roi eich ffeiliau yn yr e-bost i chi. Atodwch nhw i’r e-bost eich hun cyn i chi ei anfon:
send-email-kept = Bydd eich atebion yn aros yma nes i chi ddweud wrthym fod yr e-bost wedi mynd.
send-email-done = Rwyf wedi anfon yr e-bost

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = Cwyn { $reference }
copy-subject-compliment = Canmoliaeth { $reference }
copy-subject-comment = Sylw neu awgrym { $reference }
copy-subject-follow-up = Mynd ar drywydd cwyn { $reference }
copy-reference = Cyfeirnod: { $reference }
copy-sent = Anfonwyd: { $time } (amser y DU)
copy-english-heading = Yn Saesneg, ar gyfer staff y cyngor:
copy-id = ID y cyflwyniad: { $id }

## Confirmation

confirmation-heading-complaint = Cwyn wedi’i hanfon
confirmation-heading-feedback = Neges wedi’i hanfon
confirmation-heading-follow-up = Cais wedi’i anfon
# $stage is the name of the stage asked for.
confirmation-follow-up-next = Gofynnoch chi am “{ $stage }”. Mae’r dyddiadau hyn yn cyfrif o heddiw.
confirmation-follow-up-chase = Rydym wedi cael eich nodyn atgoffa. Byddwn yn dweud wrthych pam mae ein hateb yn hwyr a phryd y byddwch yn ei gael.
confirmation-reference = Eich cyfeirnod
# Shown when the answers went by the person's email program.
confirmation-by-email = Bydd yn ein cyrraedd pan ddaw eich e-bost i law. Os na chafodd ei anfon, ysgrifennwch at { $email } gan nodi eich cyfeirnod, { $reference }.
confirmation-not-sent = Fersiwn prawf o’r gwasanaeth yw hwn. Cafodd yr hyn a anfonoch ei gadw gan dderbynnydd prawf ar y cyfrifiadur hwn, ac nid yw wedi cyrraedd { $council }.
confirmation-next-heading = Beth fydd yn digwydd nesaf
confirmation-feedback-next = Byddwn yn anfon eich neges ymlaen at y gwasanaeth. Os gofynnoch chi am ateb, byddwn yn cysylltu â chi.
confirmation-copy-heading = Copi o’ch atebion
confirmation-print = Argraffu’r dudalen hon
confirmation-start-again = Gwneud cwyn arall neu roi rhagor o adborth

## Following up a complaint already made

earlier-heading = Ynglŷn â’ch cwyn
earlier-reference = Eich cyfeirnod (dewisol)
earlier-reference-hint = Mae yn yr e-bost neu’r llythyr a gawsoch pan wnaethoch gwyno, er enghraifft RDX-7K3P-Q9MA. Gallwch adael hwn yn wag.
earlier-reference-too-long = Rhaid i’ch cyfeirnod fod yn { $max } nod neu lai
earlier-complained = Pryd wnaethoch chi gwyno?
earlier-complained-hint = Er enghraifft, 20 11 2026. Os nad ydych chi’n gwybod y diwrnod, rhowch y mis a’r flwyddyn yn unig.
earlier-complained-error = Rhowch pryd y gwnaethoch gwyno, neu’r mis a’r flwyddyn yn unig
standing-question = Beth yw sefyllfa eich cwyn nawr?
standing-waiting = Rwy’n aros am eich ateb
standing-answered = Rwyf wedi cael eich ateb
standing-extended = Dywedoch wrthyf fod angen mwy o amser arnoch, a rhoi dyddiad newydd i mi
standing-error = Dewiswch beth yw sefyllfa eich cwyn nawr
earlier-stage-question-waiting = Ar ba gam mae eich cwyn?
earlier-stage-question-answered = Ar gyfer pa gam roedd ein hateb?
earlier-stage-hint = Mae ein llythyrau a’n negeseuon e-bost atoch yn dweud pa gam yw e.
earlier-stage-error = Dewiswch y cam
stage-date-answered = Pryd cyrhaeddodd ein hateb?
stage-date-asked = Pryd wnaethoch chi ofyn am y cam hwn?
stage-date-hint = Er enghraifft, 20 11 2026. Os nad ydych chi’n gwybod y diwrnod, rhowch y mis a’r flwyddyn yn unig.
stage-date-error = Rhowch y dyddiad, neu’r mis a’r flwyddyn yn unig
stage-date-error-before = Rhaid i’r dyddiad fod yr un fath â’r diwrnod y gwnaethoch gwyno, neu ar ei ôl
extended-to-question = Pa ddyddiad newydd a roesom i chi?
extended-to-hint = Er enghraifft, 29 1 2027.
extended-to-error = Rhowch y dyddiad newydd, gan gynnwys y diwrnod
extended-to-error-real = Rhowch ddyddiad go iawn, fel 29 1 2027
extended-to-error-before = Rhaid i’r dyddiad newydd fod ar ôl y diwrnod y gwnaethoch ofyn am y cam hwn
follow-up-answer-heading = Eich cwyn: beth gallwch chi ei wneud nawr
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = Ni allwn gyfrifo’r dyddiadau o’ch atebion. Gwiriwch y dyddiadau a roesoch i ni.
follow-up-error-complained-after = Mae’r diwrnod y gwnaethoch gwyno ar ôl y diwrnod a roesoch ar gyfer y cam hwn. Gwiriwch y ddau ddyddiad.
follow-up-error-extended-before = Mae’r dyddiad newydd a roesom i chi cyn y diwrnod y gwnaethoch ofyn am y cam hwn. Gwiriwch y ddau ddyddiad.
follow-up-check-dates = Gwirio’r dyddiadau
follow-up-late-heading = Mae ein hateb yn hwyr
follow-up-late = Dylem fod wedi anfon ein hateb atoch erbyn { DATETIME($date, day: "numeric", month: "long", year: "numeric") }.
follow-up-late-what = Gallwch anfon nodyn atgoffa atom isod. Byddwn yn dweud wrthych pam mae ein hateb yn hwyr a phryd y byddwch yn ei gael.
follow-up-due-heading = Pryd mae disgwyl ein hateb
follow-up-due = Dylem anfon ein hateb atoch erbyn { DATETIME($date, day: "numeric", month: "long", year: "numeric") }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = Mae disgwyl ein hateb rhwng { DATETIME($earliest, day: "numeric", month: "long", year: "numeric") } a { DATETIME($latest, day: "numeric", month: "long", year: "numeric") }, gan ddibynnu ar y diwrnod y gwnaethoch ofyn. Os nad yw wedi cyrraedd erbyn hynny, mae’n hwyr.
follow-up-due-extended = Dyma’r dyddiad newydd a roesom i chi.
follow-up-due-allowed = Os bydd angen mwy o amser arnom, mae ein gweithdrefn yn caniatáu i ni gymryd tan { DATETIME($date, day: "numeric", month: "long", year: "numeric") } fan bellaf, a byddwn yn dweud wrthych pam.
follow-up-due-beyond-allowed = Mae hyn yn hwyrach nag y mae ein gweithdrefn yn ei ganiatáu: { DATETIME($date, day: "numeric", month: "long", year: "numeric") } fan bellaf. Gallwch ofyn i ni pam.
follow-up-due-wait = Os nad yw wedi cyrraedd erbyn hynny, dewch yn ôl yma i anfon nodyn atgoffa atom.
# $stage is the next stage's name.
follow-up-next-heading = Gofyn am “{ $stage }”
follow-up-next-council-decides = Ni sy’n penderfynu a fydd y cam hwn yn mynd yn ei flaen. Os na fydd, byddwn yn ysgrifennu atoch i egluro pam.
follow-up-ask-by = Gofynnwch erbyn { DATETIME($date, day: "numeric", month: "long", year: "numeric") }.
follow-up-ask-by-depends = Mae’r diwrnod olaf i ofyn rhwng { DATETIME($earliest, day: "numeric", month: "long", year: "numeric") } a { DATETIME($latest, day: "numeric", month: "long", year: "numeric") }, gan ddibynnu ar y diwrnod y cyrhaeddodd ein hateb. Gofynnwch cyn gynted ag y gallwch.
follow-up-ask-by-passed = Y diwrnod olaf i ofyn oedd { DATETIME($date, day: "numeric", month: "long", year: "numeric") }. Gallwch ofyn o hyd: dywedwch wrthym pam rydych chi’n gofyn nawr. Ni sy’n penderfynu a fyddwn yn derbyn cais hwyr, ac os na fyddwn, efallai y bydd yr Ombwdsmon yn dal i edrych ar eich cwyn.
follow-up-ask-by-none = Does dim diwrnod olaf i ofyn, ond mae’n help gofyn yn fuan, tra bo pethau’n dal yn fyw yn y cof.
follow-up-if-asked-today = Os byddwch yn gofyn heddiw:
follow-up-ombudsman-heading = Mynd at yr Ombwdsmon
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = Gallwch ofyn i’r Ombwdsmon, sef { $ombudsman }, ymchwilio i’ch cwyn nawr. Mae’n rhad ac am ddim ac yn annibynnol, ac nid yw’n cymryd ochr neb.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = Mae hynny erbyn { DATETIME($date, day: "numeric", month: "long", year: "numeric") } fan bellaf, ac yn gynt os oeddech chi’n gwybod am y broblem cyn i chi gwyno.
follow-up-ombudsman-by = Mae hynny erbyn { DATETIME($date, day: "numeric", month: "long", year: "numeric") }.
follow-up-ombudsman-passed = Mae’r diwrnod hwnnw wedi mynd heibio. Efallai y bydd yr Ombwdsmon yn dal i edrych ar eich cwyn os oes rheswm da pam na allech fynd ato’n gynt: dywedwch wrtho beth yw’r rheswm.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = Fel arfer, mae’r Ombwdsmon, sef { $ombudsman }, yn edrych ar gŵyn ar ôl i ni orffen delio â hi: ar ôl “{ $stage }”.
follow-up-request-question = Beth yr hoffech ei wneud?
follow-up-request-next = Gofyn am y cam nesaf
follow-up-request-chase = Anfon nodyn atgoffa atom
follow-up-request-chase-hint = Gofynnwch pam mae ein hateb yn hwyr a phryd y byddwch yn ei gael.
follow-up-request-error = Dewiswch beth yr hoffech ei wneud
unresolved-question = Beth rydych chi’n dal yn anfodlon yn ei gylch?
unresolved-hint = Dywedwch wrthym â beth yn ein hateb rydych chi’n anghytuno, beth sydd heb ei unioni o hyd, a beth yr hoffech iddo ddigwydd. Os ydych chi’n gofyn ar ôl y diwrnod olaf, dywedwch wrthym pam.
unresolved-error = Rhowch beth rydych chi’n dal yn anfodlon yn ei gylch
unresolved-too-long = Rhaid i’r disgrifiad o’r hyn rydych chi’n dal yn anfodlon yn ei gylch fod yn { $max } nod neu lai

## What happens next: dates
##
## The dates in these and the follow-up messages leave out the weekday:
## Intl writes it with a capital ("Dydd Gwener, 27 Mawrth 2026"), wrong
## after "erbyn" mid-sentence, so only the day, month and year are asked for.

timeline-due = { $what }: erbyn { DATETIME($due, day: "numeric", month: "long", year: "numeric") }
timeline-due-extendable = { $what }: erbyn { DATETIME($due, day: "numeric", month: "long", year: "numeric") }, neu erbyn { DATETIME($latest, day: "numeric", month: "long", year: "numeric") } fan bellaf os oes angen mwy o amser
timeline-waiting = { $what }: byddwn yn rhoi gwybod i chi am y dyddiad
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = Does dim dyddiad penodol ar gyfer hyn: byddwn yn cysylltu â chi.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = Gofynnoch i ni ddechrau ar “{ $stage }”. Byddwn yn rhoi gwybod i chi a ydym yn cytuno. Os na fyddwn yn cytuno, bydd eich cwyn yn dechrau ar “{ $otherwise }”.
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = Dim ond os na fyddwn yn cytuno i ddechrau ar “{ $stage }”.

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = Gweithdrefn gwyno gofal cymdeithasol oedolion
procedure-children-statutory-england = Gweithdrefn gwyno gofal cymdeithasol plant
procedure-general-barnsley = Gweithdrefn gwyno’r cyngor
procedure-general-council-000 = Gweithdrefn gwyno’r cyngor
procedure-lgsco-complaint-handling-code = Gweithdrefn gwyno’r cyngor
procedure-northern-ireland-nipso-model = Gweithdrefn gwyno’r cyngor
procedure-scotland-spso = Y weithdrefn ymdrin â chwynion
procedure-wales-psow-model = Gweithdrefn gwyno’r cyngor
procedure-wales-social-services = Gweithdrefn gwyno’r gwasanaethau cymdeithasol
stage-adult-complaint = Eich cwyn
stage-early-resolution = Datrys yn gynnar
stage-formal-investigation = Cam 2: ymchwiliad ffurfiol
stage-informal-resolution = Cam 1: datrys anffurfiol
stage-frontline-response = Cam 1: ymateb cyflym
stage-independent-investigation = Cam 2: ymchwiliad annibynnol
stage-investigation = Cam 1: ymchwiliad
stage-local-resolution = Cam 1: rheolwr yn edrych arni
stage-next-working-day = Unioni pethau erbyn y diwrnod gwaith nesaf
stage-on-the-spot = Ei datrys yn y fan a’r lle
stage-review = Cam 2: adolygiad
stage-review-panel = Cam 3: panel adolygu annibynnol
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = Mae rhywun o’r tu allan i’r tîm yn ymchwilio i’ch cwyn ac yn ysgrifennu adroddiad. Yna mae uwch reolwr yn anfon ein hateb atoch.
stage-review-panel-about = Mae tri unigolyn annibynnol yn edrych ar y sefyllfa gyfan ac yn cyfarfod â chi i glywed beth sydd gennych i’w ddweud. Maen nhw’n penderfynu a oedd yr ymchwiliad yn deg, a oedd ei gasgliadau’n rhesymol, ac a oes modd gwneud rhagor.
stage-review-about = Os nad ydych chi’n fodlon â’n hateb yng Ngham 1, mae ein tîm yn gweithio gyda chi ar yr hyn rydych chi’n teimlo sydd heb ei ateb o hyd. Nid ymchwiliad arall yw adolygiad. Uwch gyfarwyddwr sy’n penderfynu a fydd adolygiad yn cael ei gynnal; os na fydd, byddwn yn ysgrifennu atoch i egluro pam.
stage-stage1 = Cam 1
stage-stage2 = Cam 2
stage-stage2-investigation = Cam 2: ymchwiliad
stage-talk-to-the-service = Siarad â’r gwasanaeth
milestone-acknowledgement = Rydym yn rhoi gwybod i chi ein bod wedi cael eich cwyn ac yn cynnig cyfarfod
milestone-completion = Rydym yn gorffen ymchwilio i’ch cwyn
milestone-early-resolution = Ein nod yw ei datrys
milestone-next-working-day-resolution = Ein nod yw unioni pethau
milestone-stage1-acknowledgement = Rydym yn rhoi gwybod i chi ein bod wedi cael eich cwyn
milestone-stage1-contact = Mae ein tîm yn cysylltu â chi
milestone-stage1-discussion = Rydym yn trafod gyda chi sut i’w datrys
milestone-stage1-response = Rydym yn anfon ein hateb atoch
milestone-stage2-acknowledgement = Rydym yn rhoi gwybod i chi ein bod wedi cael eich cais am Gam 2
milestone-stage2-response = Rydym yn anfon adroddiad yr ymchwiliad a’n hateb atoch
milestone-stage2-review = Rydym yn gorffen yr adolygiad
milestone-stage3-panel-meeting = Mae’r panel adolygu yn cyfarfod
milestone-stage3-panel-report = Mae’r panel adolygu yn anfon ei adroddiad
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = Gallwch ofyn am Gam 2 hyd at { $count } diwrnod gwaith ar ôl ein hateb yng Ngham 1.
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = Gallwch ofyn am banel adolygu hyd at { $count } diwrnod gwaith ar ôl ein hateb yng Ngham 2.
milestone-stage3-response = Rydym yn ymateb i adroddiad y panel
ombudsman-lgsco = Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (Local Government and Social Care Ombudsman)
ombudsman-psow = Ombwdsmon Gwasanaethau Cyhoeddus Cymru
ombudsman-spso = Ombwdsmon Gwasanaethau Cyhoeddus yr Alban (Scottish Public Services Ombudsman)
ombudsman-nipso = Ombwdsmon Gwasanaethau Cyhoeddus Gogledd Iwerddon (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = Os ydych chi’n dal yn anfodlon
# $ombudsman is the Ombudsman's name.
ombudsman-intro = Gallwch ofyn i’r Ombwdsmon, sef { $ombudsman }, ymchwilio i’ch cwyn. Mae’n rhad ac am ddim ac yn annibynnol, ac nid yw’n cymryd ochr neb.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [zero] Fel arfer, dylech fynd ato o fewn { $months } mis i’r adeg y daethoch i wybod am y broblem gyntaf, nid { $months } mis ar ôl ein hateb ni.
    [one] Fel arfer, dylech fynd ato o fewn { $months } mis i’r adeg y daethoch i wybod am y broblem gyntaf, nid { $months } mis ar ôl ein hateb ni.
    [two] Fel arfer, dylech fynd ato o fewn { $months } mis i’r adeg y daethoch i wybod am y broblem gyntaf, nid { $months } mis ar ôl ein hateb ni.
    [few] Fel arfer, dylech fynd ato o fewn { $months } mis i’r adeg y daethoch i wybod am y broblem gyntaf, nid { $months } mis ar ôl ein hateb ni.
    [many] Fel arfer, dylech fynd ato o fewn { $months } mis i’r adeg y daethoch i wybod am y broblem gyntaf, nid { $months } mis ar ôl ein hateb ni.
   *[other] Fel arfer, dylech fynd ato o fewn { $months } mis i’r adeg y daethoch i wybod am y broblem gyntaf, nid { $months } mis ar ôl ein hateb ni.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [zero] Fel arfer, dylech fynd ato o fewn { $months } mis i ddyddiad ein hateb terfynol.
    [one] Fel arfer, dylech fynd ato o fewn { $months } mis i ddyddiad ein hateb terfynol.
    [two] Fel arfer, dylech fynd ato o fewn { $months } mis i ddyddiad ein hateb terfynol.
    [few] Fel arfer, dylech fynd ato o fewn { $months } mis i ddyddiad ein hateb terfynol.
    [many] Fel arfer, dylech fynd ato o fewn { $months } mis i ddyddiad ein hateb terfynol.
   *[other] Fel arfer, dylech fynd ato o fewn { $months } mis i ddyddiad ein hateb terfynol.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = Yn ôl y dyddiad a roesoch i ni, mae hynny erbyn { DATETIME($date, day: "numeric", month: "long", year: "numeric") }.
ombudsman-early = Fel arfer, mae’n disgwyl i ni orffen delio â’ch cwyn yn gyntaf. Os nad ydym wedi eich ateb o fewn amser rhesymol, efallai y bydd yn edrych arni’n gynt.
ombudsman-ready = Pan fyddwch chi’n cysylltu ag ef, cadwch y canlynol wrth law: eich cyfeirnod, { $reference }, ein hatebion i chi, ac unrhyw lythyrau, negeseuon e-bost neu bapurau am eich cwyn.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = Os nad ydych chi’n fodlon â’u hateb, gallwch ofyn i’r corff annibynnol hwn ymchwilio i’r mater: { $body }.
regulator-cqc = Comisiwn Ansawdd Gofal (Care Quality Commission)
regulator-ciw = Arolygiaeth Gofal Cymru
regulator-care-inspectorate = Arolygiaeth Gofal yr Alban (Care Inspectorate)
regulator-rqia = Awdurdod Rheoleiddio a Gwella Ansawdd (Regulation and Quality Improvement Authority)
regulator-tell-cqc = Gallwch hefyd roi gwybod i’r Comisiwn Ansawdd Gofal (Care Quality Commission) am eich cwyn. Mae’n gwirio ansawdd gwasanaethau gofal, ond nid yw’n ymchwilio i gwynion unigol.
regulator-tell-ciw = Gallwch hefyd roi gwybod i Arolygiaeth Gofal Cymru am eich cwyn. Mae’n gwirio ansawdd gwasanaethau gofal, ond nid yw’n ymchwilio i gwynion unigol.
regulator-tell-care-inspectorate = Gallwch hefyd roi gwybod i Arolygiaeth Gofal yr Alban (Care Inspectorate) am eich cwyn. Mae’n gwirio gwasanaethau gofal, a gall ymchwilio i gŵyn am un ohonyn nhw.
regulator-tell-rqia = Gallwch hefyd roi gwybod i’r Awdurdod Rheoleiddio a Gwella Ansawdd (Regulation and Quality Improvement Authority, RQIA) am eich cwyn. Mae’n gwirio ansawdd gwasanaethau gofal, ond nid yw’n ymchwilio i gwynion unigol.

## Which procedure, and why

routing-reason-children = Mae eich cwyn am ofal cymdeithasol plant, felly bydd yn dilyn y weithdrefn gwyno ar gyfer gofal cymdeithasol plant, sydd wedi’i phennu yn y gyfraith.
routing-reason-adults = Mae eich cwyn am ofal cymdeithasol oedolion y mae’r cyngor yn ei drefnu, felly bydd yn dilyn y weithdrefn gwyno ar gyfer gofal cymdeithasol oedolion, sydd wedi’i phennu yn y gyfraith.
routing-reason-adults-council-part = Mae eich cwyn am ran y cyngor yn eich gofal, felly bydd yn dilyn y weithdrefn gwyno ar gyfer gofal cymdeithasol oedolion, sydd wedi’i phennu yn y gyfraith.
routing-reason-adults-own-procedure = Mae eich cwyn am ofal cymdeithasol oedolion y mae’r cyngor yn ei drefnu. Mae’r cyngor yn delio â chwynion am ofal cymdeithasol oedolion drwy ei weithdrefn gwyno ei hun.
routing-reason-adults-council-part-own-procedure = Mae eich cwyn am ran y cyngor yn eich gofal. Mae’r cyngor yn delio â chwynion am ofal cymdeithasol oedolion drwy ei weithdrefn gwyno ei hun.
routing-reason-general = Bydd eich cwyn yn dilyn gweithdrefn gwyno’r cyngor.

## Exit this page

exit-button = Gadael y dudalen hon
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = Argyfwng
exit-hint = Neu bwyswch Shift 3 gwaith. Bydd eich atebion yn cael eu clirio.
exit-shift-count = { $count ->
    [zero] Shift, pwyswch { $count } gwaith eto i adael.
    [one] Shift, pwyswch { $count } gwaith eto i adael.
    [two] Shift, pwyswch { $count } gwaith eto i adael.
    [few] Shift, pwyswch { $count } gwaith eto i adael.
    [many] Shift, pwyswch { $count } gwaith eto i adael.
   *[other] Shift, pwyswch { $count } gwaith eto i adael.
}

## Your answers (footer)

answers-heading = Eich atebion
answers-kept-tab = Mae eich atebion yn cael eu cadw yn y tab porwr hwn nes i chi eu hanfon neu gau’r tab.
answers-kept-device = Mae eich atebion wedi’u cadw ar y ddyfais hon nes i chi eu hanfon neu eu clirio.
answers-shared-warning = Dim ond os nad oes neb arall yn defnyddio’r ddyfais hon y dylech gadw eich atebion arni: gallai unrhyw un sy’n ei defnyddio eu darllen.
answers-keep-device = Cadw fy atebion ar y ddyfais hon
answers-keep-tab = Cadw fy atebion yn y tab hwn yn unig
answers-clear = Clirio fy atebion
answers-clear-sure = Bydd hyn yn dileu popeth rydych chi wedi’i ddweud wrthym hyd yma. Ydych chi’n siŵr?
answers-clear-yes = Ydw, clirio fy atebion
answers-clear-no = Nac ydw, eu cadw
answers-cleared = Mae eich atebion wedi cael eu clirio.
# Links in the footer to pages of the council's own site.
footer-privacy = Hysbysiad preifatrwydd
footer-accessibility = Datganiad hygyrchedd
# The footer link to the council's complaints procedure.
footer-procedure = Gweithdrefn gwyno’r cyngor

## Calendar file

confirmation-calendar = Ychwanegu’r dyddiadau hyn at eich calendr (ffeil .ics)
ics-summary = { $what } (cwyn { $reference })
ics-description = Eich cwyn i { $council-soft }, cyfeirnod { $reference }.

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = Iaith
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-pa = ਪੰਜਾਬੀ
language-name-ur = اردو
language-name-pt-PT = Português
language-name-es = Español
language-name-ar = العربية
language-name-bn = বাংলা
# Shown when a language could not be loaded; the page is then in English.
language-load-failed = Mae’n ddrwg gennym, doedd dim modd llwytho’r iaith honno. Mae’r gwasanaeth yn cael ei ddangos yn Saesneg yn lle hynny. Rhowch gynnig arall arni yn nes ymlaen.

other-ways-heading = Mae angen JavaScript ar y ffurflen ar-lein hon
other-ways-why = Mae JavaScript wedi’i ddiffodd neu wedi’i rwystro yn eich porwr, neu ni all eich porwr redeg y ffurflen hon.
other-ways-instead = Gallwch wneud cwyn, rhoi canmoliaeth neu wneud sylw o hyd, mewn un o’r ffyrdd hyn.
other-ways-back = Yn ôl i’r dudalen gychwyn

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = Diolch am eich cwyn. Mae wedi cyrraedd { $council }, a byddwn yn delio â hi erbyn y dyddiadau isod. Cofiwch gadw’r e-bost hwn.
acknowledgement-intro-feedback = Diolch am eich neges. Mae wedi cyrraedd { $council }.
acknowledgement-intro-follow-up = Mae eich cais ynghylch eich cwyn wedi cyrraedd { $council }.
acknowledgement-contact = Os oes gennych chi gwestiwn, defnyddiwch fanylion cyswllt { $council } a nodwch eich cyfeirnod, { $reference }.
acknowledgement-why = Rydych chi’n cael yr e-bost hwn oherwydd bod y cyfeiriad hwn wedi’i roi pan anfonwyd rhywbeth drwy ffurflen gwynion ar-lein { $council }. Os nad chi wnaeth hynny, rhowch wybod i ni.
