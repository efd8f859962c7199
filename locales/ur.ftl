# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# یہ ترجمے کا مسودہ ہے، جس کا کسی مستند مترجم سے جائزہ ابھی باقی ہے۔ اس جائزے کے بغیر اسے شائع نہ کریں۔
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = شکایت کریں یا اپنی رائے دیں
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = سیدھے اصل مواد پر جائیں
loading = لوڈ ہو رہا ہے…
page-load-failed-title = یہ صفحہ لوڈ نہیں ہو سکا
page-load-failed-body = اپنا انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔ اب تک کے آپ کے جوابات ضائع نہیں ہوئے۔
page-load-try-again = دوبارہ کوشش کریں

## Start page

start-heading = { $council } کو شکایت یا اپنی رائے بھیجیں
start-intro = اس سروس کے ذریعے ہمیں بتائیں کہ آپ ہماری کسی سروس کے بارے میں کیا سوچتے ہیں۔ اس میں بچوں اور بالغوں کی سوشل کیئر بھی شامل ہے۔
start-you-can = آپ یہ کر سکتے ہیں:
start-can-complain = شکایت کرنا
start-can-compliment = تعریف کرنا
start-can-comment = رائے یا مشورہ دینا
start-hear-from-you = جب کوئی کام غلط ہو، اور جب ہم کوئی کام ٹھیک کریں، ہم دونوں کے بارے میں آپ سے سننا چاہتے ہیں۔ ہمیں بتانا "بلاوجہ ہنگامہ کرنا" نہیں ہے۔
start-button = ابھی شروع کریں
start-talk-first-heading = شروع کرنے سے پہلے
start-talk-first = اکثر یہ فائدہ مند ہوتا ہے کہ آپ پہلے اس شخص یا ٹیم سے بات کریں جن سے آپ کا واسطہ ہے: بہت سے مسئلے فوراً حل ہو جاتے ہیں۔ اگر آپ نے بات نہیں کی، یا بات کرنے سے فائدہ نہیں ہوا، تب بھی آپ یہ سروس استعمال کر سکتے ہیں۔
start-need-heading = آپ کو کیا چاہیے ہوگا
start-need-what = کیا ہوا، اور تقریباً کب ہوا
start-need-service = یہ کس سروس یا ٹیم کے بارے میں ہے
start-need-outcome = معاملہ ٹھیک کرنے کے لیے آپ ہم سے کیا چاہتے ہیں
start-need-contact = آپ سے رابطے کی تفصیلات، اگر آپ جواب چاہتے ہیں
start-need-help = آپ کسی سے مدد لے سکتے ہیں، یا کسی سے کہہ سکتے ہیں کہ وہ آپ کی طرف سے یہ کام کر دے۔ یہ فارم بھرنے کے لیے آپ کو جتنا وقت چاہیے، آپ اتنا وقت لے سکتے ہیں۔ جب تک آپ اپنے جواب بھیج نہ دیں، وہ اسی ڈیوائس (فون یا کمپیوٹر) پر رہتے ہیں۔
start-risk-heading = کیا اس وقت کسی کو نقصان پہنچنے کا خطرہ ہے؟
start-risk-emergency = اگر کوئی فوری خطرے میں ہے تو { $number } پر فون کریں۔
start-risk-adults = کسی بالغ شخص کے بارے میں فکر ہے
start-risk-children = کسی بچے کے بارے میں فکر ہے
start-risk-out-of-hours = دفتر کے اوقات کے علاوہ، ایمرجنسی ڈیوٹی ٹیم کو فون کریں
start-other-ways-heading = رابطے کے دوسرے طریقے

## Contact details

contact-phone = فون
contact-email = ای میل
contact-post = خط لکھیں
contact-in-person = ہم سے ملنے آئیں
contact-website = ویب سائٹ
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }، { $opens } سے { $closes } تک
# A run of days, such as "Monday to Friday".
opening-days = { $from } سے { $to } تک
weekday-monday = پیر
weekday-tuesday = منگل
weekday-wednesday = بدھ
weekday-thursday = جمعرات
weekday-friday = جمعہ
weekday-saturday = ہفتہ
weekday-sunday = اتوار
opening-any-time = کسی بھی وقت

## When the wizard cannot start

config-error-title = معذرت، یہ سروس اس وقت کام نہیں کر رہی
config-error-body = آپ اب بھی فون، ای میل یا خط کے ذریعے کونسل سے رابطہ کر کے شکایت کر سکتے ہیں یا اپنی رائے دے سکتے ہیں۔ براہ کرم کچھ دیر بعد یہ سروس دوبارہ آزمائیں۔
config-error-emergency = اگر کوئی فوری خطرے میں ہے تو 999 پر فون کریں۔
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = معذرت، کچھ غلط ہو گیا
crash-body = آپ کے جواب ضائع نہیں ہوئے۔ انہیں نیچے سے کاپی یا ڈاؤن لوڈ کر لیں، اس کے بعد صفحہ دوبارہ لوڈ کر کے پھر سے کوشش کریں، یا کسی اور طریقے سے ہم سے رابطہ کریں۔
crash-answers = اب تک کے آپ کے جواب
crash-download = اپنے جواب ڈاؤن لوڈ کریں

## Shared by question pages

continue = آگے بڑھیں
back = واپس
answer-yes = ہاں
answer-no = نہیں
error-summary-title = ایک مسئلہ ہے
# Read out before each error message, hidden on screen.
error-prefix = غلطی:
# Put in front of the page title while the page shows errors.
page-title-error = غلطی: { $title }
character-count-remaining = { $count ->
    [one] آپ کے پاس { $count } حرف باقی ہے
   *[other] آپ کے پاس { $count } حروف باقی ہیں
}
character-count-over = { $count ->
    [one] آپ نے { $count } حرف زیادہ لکھا ہے
   *[other] آپ نے { $count } حروف زیادہ لکھے ہیں
}
date-day = دن
date-month = مہینہ
date-year = سال
date-error-month = مہینہ 1 سے 12 تک کے نمبر میں لکھیں
date-error-year = سال 4 ہندسوں میں لکھیں، جیسے 2025
date-error-real = درست تاریخ لکھیں، جیسے ⁦27 3 2025⁩، یا صرف مہینہ اور سال، جیسے ⁦3 2025⁩
date-error-future = تاریخ آج کی یا اس سے پہلے کی ہونی چاہیے

## What would you like to do?

kind-question = آپ کیا کرنا چاہتے ہیں؟
kind-complaint = شکایت کریں
kind-complaint-hint = کچھ غلط ہو گیا ہے، یا آپ کسی سروس، کسی فیصلے یا اپنے ساتھ ہونے والے سلوک سے ناخوش ہیں۔
kind-compliment = تعریف کریں
kind-compliment-hint = ہمیں کسی ایسے کام کے بارے میں بتائیں جو ہم نے اچھا کیا، یا کسی ایسے شخص کے بارے میں جس نے آپ کی مدد کی۔
kind-comment = رائے یا مشورہ دیں
kind-comment-hint = ہمیں بتائیں کہ ہم اپنا کام کیسے بہتر کر سکتے ہیں۔
kind-follow-up = پہلے سے کی گئی شکایت کی پیروی کریں
kind-follow-up-hint = اگلے مرحلے کے لیے درخواست کریں، ہمیں کسی ایسے جواب کی یاد دہانی کرائیں جس میں دیر ہو گئی ہے، یا معلوم کریں کہ آپ محتسب کے پاس کب جا سکتے ہیں۔
kind-error = منتخب کریں کہ آپ کیا کرنا چاہتے ہیں

## Is anyone at risk?

safety-question = کیا کوئی خطرے میں ہے، یا کسی کو نقصان پہنچنے کا خطرہ ہے؟
safety-hint = یہ آپ خود، کوئی بچہ، یا کوئی ایسا بالغ شخص ہو سکتا ہے جسے دیکھ بھال اور مدد کی ضرورت ہو۔
safety-error = اگر کوئی خطرے میں ہے یا کسی کو نقصان پہنچنے کا خطرہ ہے تو "ہاں" منتخب کریں
safety-advice-heading = ابھی مدد حاصل کریں
safety-advice-emergency = اگر کوئی فوری خطرے میں ہے تو ابھی { $number } پر فون کریں۔
safety-advice-safeguarding = اگر آپ کو کسی بچے کی، یا کسی ایسے بالغ شخص کی حفاظت کی فکر ہے جسے دیکھ بھال اور مدد کی ضرورت ہے، تو ہماری سوشل کیئر ٹیموں کو فون کریں۔ وہ فوراً قدم اٹھا سکتی ہیں۔ شکایت میں زیادہ وقت لگتا ہے۔
safety-advice-carry-on = آپ اس کے ساتھ ساتھ شکایت بھی کر سکتے ہیں۔
safety-advice-history = "اس صفحے سے نکلیں" کا بٹن آپ کے براؤزر کی ہسٹری نہیں مٹاتا۔ اگر کوئی اور یہ ڈیوائس دیکھ سکتا ہے، تو کام ختم کرنے کے بعد ہسٹری مٹا دیں، یا پرائیویٹ براؤزنگ ونڈو استعمال کریں۔
safety-advice-continue = اپنی شکایت کے ساتھ آگے بڑھیں

## Who is it for?

who-question = یہ شکایت کس کے لیے ہے؟
who-myself = میرے لیے
who-someone-else = کسی اور کے لیے
who-someone-else-hint = مثال کے طور پر، کوئی رشتہ دار، کوئی دوست، یا کوئی ایسا شخص جس کی آپ دیکھ بھال کرتے ہیں۔
who-professional = میں کسی کی طرف سے حمایتی (advocate) یا پیشہ ور نمائندہ ہوں
who-professional-hint = مثال کے طور پر، حمایتی (advocate)، کسی دوسرے ادارے کا سوشل ورکر، یا وکیل (سولیسیٹر)۔
who-error = منتخب کریں کہ شکایت کس کے لیے ہے
representation-heading = اس شخص کے بارے میں جس کی طرف سے آپ شکایت کر رہے ہیں
their-name-label = ان کا پورا نام
their-name-error = اس شخص کا پورا نام لکھیں جس کی طرف سے آپ شکایت کر رہے ہیں
their-name-too-long = ان کا نام { $max } حروف یا اس سے کم ہونا چاہیے
relationship-label = ان سے آپ کا کیا تعلق ہے؟
relationship-hint = مثال کے طور پر، "میری والدہ"، "میرے پڑوسی" یا "میں ان کا حمایتی (advocate) ہوں"۔
relationship-error = لکھیں کہ اس شخص سے آپ کا کیا تعلق ہے
relationship-too-long = ان سے تعلق کے بارے میں آپ کا جواب { $max } حروف یا اس سے کم ہونا چاہیے
consent-question = کیا انہوں نے اجازت دی ہے کہ آپ ان کی طرف سے یہ شکایت کریں؟
consent-hint = ان کی شکایت کے بارے میں آپ سے بات کرنے، اور ان کا ریکارڈ دیکھنے کے لیے، ہمیں ان کی اجازت چاہیے۔ اجازت ملنے کے بعد بھی، ہو سکتا ہے کہ ہم آپ کو وہ سب کچھ نہ بتا سکیں جو ہمیں پتا چلے یا جو ہم کریں۔
consent-given = ہاں، انہوں نے اجازت دے دی ہے
consent-child = وہ اجازت نہیں دے سکتے، کیونکہ وہ ابھی بچے ہیں
consent-lacks-capacity = وہ اجازت نہیں دے سکتے، کیونکہ وہ یہ فیصلہ خود کرنے کے قابل نہیں ہیں
consent-lacks-capacity-hint = مثال کے طور پر، ڈیمنشیا (یادداشت کی بیماری) یا کسی سنگین بیماری کی وجہ سے۔
consent-died = وہ اجازت نہیں دے سکتے، کیونکہ ان کا انتقال ہو چکا ہے
consent-not-yet = ابھی نہیں
consent-error = منتخب کریں کہ کیا انہوں نے آپ کو یہ شکایت کرنے کی اجازت دی ہے
consent-advice-heading = ہمیں ان کی اجازت کی ضرورت ہوگی
consent-advice-permission = شکایت کو دیکھنے سے پہلے، ہمیں اس شخص کی اجازت چاہیے ہوگی کہ ہم اس معاملے میں آپ سے بات کر سکیں۔ اجازت کیسے دی جائے، اس بارے میں ہم آپ سے رابطہ کریں گے۔
consent-advice-outcome = اجازت ملنے کے بعد بھی، ہو سکتا ہے کہ ہم آپ کو وہ سب کچھ نہ بتا سکیں جو ہمیں پتا چلے یا جو ہم کریں۔ ایسا ان کی ذاتی باتوں کی حفاظت کے لیے ہوگا۔
consent-advice-carry-on = آپ آگے بڑھ کر ابھی ہمیں شکایت کے بارے میں بتا سکتے ہیں۔
consent-advice-continue = آگے بڑھیں

## What is it about?

topic-question = آپ کی شکایت کس بارے میں ہے؟
topic-children = بچوں کی سوشل کیئر
topic-children-hint = مثال کے طور پر، کسی بچے یا خاندان کا سوشل ورکر، فوسٹرنگ (بچوں کی عارضی پرورش)، گود لینا، یا بچوں کا کیئر ہوم۔
topic-adults = بالغوں کی سوشل کیئر
topic-adults-hint = مثال کے طور پر، گھر پر دیکھ بھال، کیئر ہوم، کیئر اسیسمنٹ (دیکھ بھال کی ضرورت کا جائزہ) یا ڈائریکٹ پیمنٹس (دیکھ بھال کے لیے براہ راست رقم)۔
topic-other = کونسل کی کوئی اور سروس
topic-other-hint = مثال کے طور پر، رہائش (ہاؤسنگ)، کوڑا اور ری سائیکلنگ، سڑکیں، کونسل ٹیکس یا اسکولوں میں داخلے۔ اس میں وہ سروسز بھی شامل ہیں جو دوسرے ادارے ہماری طرف سے فراہم کرتے ہیں۔
topic-child-protection = چائلڈ پروٹیکشن کانفرنس (بچے کی حفاظت کے بارے میں میٹنگ) میں کیا گیا کوئی فیصلہ
topic-court = کوئی ایسا معاملہ جس کا فیصلہ عدالت نے کیا ہے یا کر رہی ہے
topic-first-request = پہلی بار کسی سروس کے لیے کہنا
topic-first-request-hint = مثال کے طور پر، کیئر اسیسمنٹ کے لیے کہنا، یا پہلی بار یہ بتانا کہ آپ کا کوڑا نہیں اٹھایا گیا۔
topic-error = منتخب کریں کہ آپ کی شکایت کس بارے میں ہے
care-question = دیکھ بھال کا انتظام کون کرتا ہے؟
care-council = کونسل انتظام کرتی ہے
care-council-hint = چاہے آپ اس کا کچھ یا پورا خرچ خود دیتے ہوں۔
care-self-funded = اس کا انتظام اور خرچ میری یا میرے خاندان کی اپنی ذمہ داری ہے
care-error = منتخب کریں کہ دیکھ بھال کا انتظام کون کرتا ہے
self-funded-heading = اگر آپ اپنی دیکھ بھال کا انتظام اور خرچ خود کرتے ہیں
self-funded-provider = پہلے دیکھ بھال فراہم کرنے والے ادارے سے شکایت کریں: یعنی ہوم کیئر ایجنسی یا کیئر ہوم سے۔
self-funded-question = کیا آپ کی شکایت کونسل کے کسی کام کے بارے میں ہے؟
self-funded-hint = مثال کے طور پر، کیئر اسیسمنٹ، دیکھ بھال کے خرچ کے بارے میں کوئی فیصلہ، یا ہماری دی ہوئی کوئی معلومات۔
self-funded-error = اگر آپ کی شکایت کونسل کے کسی کام کے بارے میں ہے تو "ہاں" منتخب کریں

## Where to go instead

signpost-conference-heading = چائلڈ پروٹیکشن کانفرنس کے فیصلوں کا اپنا الگ طریقہ کار ہے
signpost-conference-body = شکایت کا طریقہ کار چائلڈ پروٹیکشن کانفرنس میں کیا گیا فیصلہ نہیں بدل سکتا۔
signpost-conference-next = اس فیصلے پر اعتراض کرنے کے لیے کانفرنس کے چیئر (سربراہ) یا سوشل ورکر سے بات کریں۔ آپ پھر بھی اس بارے میں شکایت کر سکتے ہیں کہ کونسل نے آپ کے ساتھ کیسا سلوک کیا، مثلاً میٹنگ کس طرح چلائی گئی۔
signpost-court-heading = عدالتی معاملات عدالتیں ہی دیکھتی ہیں
signpost-court-body = شکایت کا طریقہ کار کسی ایسے معاملے کو نہیں دیکھ سکتا جس کا فیصلہ عدالت نے کیا ہے یا کر رہی ہے۔
signpost-court-next = اپنے وکیل یا عدالت سے بات کریں۔ آپ پھر بھی کونسل کے کسی ایسے کام کے بارے میں شکایت کر سکتے ہیں جو عدالتی مقدمے کا حصہ نہیں ہے۔
signpost-request-heading = پہلے سروس سے کہیں
signpost-request-body = پہلی بار کسی سروس کے لیے کہنا ایک درخواست ہے، شکایت نہیں۔
signpost-request-next = سروس سے رابطہ کریں اور ان سے کہیں۔ اگر وہ مدد نہ کریں، یا آپ ان کے جواب سے مطمئن نہ ہوں، تو پھر آپ شکایت کر سکتے ہیں۔
signpost-provider-heading = دیکھ بھال فراہم کرنے والے اپنے ادارے سے شکایت کریں
signpost-provider-body = اگر آپ اپنی دیکھ بھال کا انتظام اور خرچ خود کرتے ہیں، تو پہلے دیکھ بھال فراہم کرنے والے ادارے سے شکایت کریں۔
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = اپنے ہیلتھ اینڈ سوشل کیئر ٹرسٹ (Health and Social Care Trust) سے شکایت کریں
signpost-trust-body = شمالی آئرلینڈ میں، بچوں اور بالغوں کی سوشل کیئر کونسل نہیں بلکہ ہیلتھ اینڈ سوشل کیئر ٹرسٹ (Health and Social Care Trusts) چلاتے ہیں۔ جو ٹرسٹ دیکھ بھال فراہم کرتا ہے، اسی سے شکایت کریں: اس کا شکایت کا اپنا طریقہ کار ہے۔
signpost-change = اپنا جواب بدلیں
signpost-contact-heading = اگر آپ کو یقین نہیں ہے تو ہم سے رابطہ کریں

## Talking to the service first

talked-question = کیا آپ نے اس بارے میں پہلے ہی سروس سے بات کی ہے؟
talked-hint = مثال کے طور پر، وہ شخص یا ٹیم جن سے آپ کا عام طور پر واسطہ رہتا ہے، یا ان کا مینیجر۔
talked-error = اگر آپ نے پہلے ہی سروس سے بات کی ہے تو "ہاں" منتخب کریں
talk-first-heading = سروس سے بات کرنے سے اکثر معاملہ جلدی حل ہو جاتا ہے
talk-first-quick = { $procedure ->
    [children] بچوں کی سوشل کیئر کے زیادہ تر مسئلے "موقع پر ہی" حل ہو جاتے ہیں: یا تو وہی شخص حل کر دیتا ہے جس سے آپ کا واسطہ ہے، یا ان کا مینیجر 10 کام کے دنوں کے اندر حل کر دیتا ہے۔
    [adults] اگر آپ سروس کو بتائیں کہ کیا غلط ہے، تو ہو سکتا ہے وہ اگلے کام کے دن تک اسے ٹھیک کر دیں۔
   *[other] ہماری شکایات کی ٹیم سب سے پہلے سروس کے ساتھ مل کر آپ کی شکایت کو جلدی اور غیر رسمی طریقے سے حل کرنے کی کوشش کرے گی۔ اسے "ابتدائی حل" (early resolution) کہتے ہیں۔
}
talk-first-carry-on = پہلے سروس سے بات کرنا ضروری نہیں ہے۔ آپ ابھی اپنی شکایت کے ساتھ آگے بڑھ سکتے ہیں۔
talk-first-continue = اپنی شکایت کے ساتھ آگے بڑھیں

## When did it happen?

when-heading = یہ کب ہوا؟
when-happened = یہ کب ہوا، یا کب شروع ہوا
when-happened-hint = مثال کے طور پر، ⁦27 3 2025⁩۔ اگر آپ کو دن معلوم نہیں، تو صرف مہینہ اور سال لکھیں۔
when-still-happening = یہ اب بھی ہو رہا ہے
when-found-out = آپ کو اس کا پتا کب چلا، اگر یہ بعد میں چلا (اختیاری)
when-found-out-hint = مثال کے طور پر، ⁦3 2025⁩۔ اگر آپ کو شروع سے معلوم تھا کہ یہ کب ہوا، تو یہ خانہ خالی چھوڑ دیں۔
when-error-missing = لکھیں کہ یہ کب ہوا، یا منتخب کریں کہ یہ اب بھی ہو رہا ہے
when-error-found-out-before = پتا چلنے کی تاریخ، واقعہ ہونے کی تاریخ والی یا اس کے بعد کی ہونی چاہیے
late-question = آپ اب یہ شکایت کیوں کر رہے ہیں؟
late-hint = { $months ->
    [one] عام طور پر شکایت کسی واقعے کے ہونے، یا اس کا پتا چلنے کے { $months } مہینے کے اندر کی جاتی ہے۔ اگر پہلے شکایت نہ کرنے کی کوئی معقول وجہ ہو، جیسے بیماری، یا یہ معلوم نہ ہونا کہ آپ شکایت کر سکتے ہیں، اور اب بھی اسے منصفانہ طور پر اور اچھی طرح دیکھنا ممکن ہو، تو ہم پھر بھی اسے دیکھ سکتے ہیں۔
   *[other] عام طور پر شکایت کسی واقعے کے ہونے، یا اس کا پتا چلنے کے { $months } مہینوں کے اندر کی جاتی ہے۔ اگر پہلے شکایت نہ کرنے کی کوئی معقول وجہ ہو، جیسے بیماری، یا یہ معلوم نہ ہونا کہ آپ شکایت کر سکتے ہیں، اور اب بھی اسے منصفانہ طور پر اور اچھی طرح دیکھنا ممکن ہو، تو ہم پھر بھی اسے دیکھ سکتے ہیں۔
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] عام طور پر شکایت کسی واقعے کے ہونے کے { $months } مہینے کے اندر کی جاتی ہے۔ اگر پہلے شکایت نہ کرنے کی کوئی معقول وجہ ہو، جیسے بیماری، یا یہ معلوم نہ ہونا کہ آپ شکایت کر سکتے ہیں، اور اب بھی اسے منصفانہ طور پر اور اچھی طرح دیکھنا ممکن ہو، تو ہم پھر بھی اسے دیکھ سکتے ہیں۔
   *[other] عام طور پر شکایت کسی واقعے کے ہونے کے { $months } مہینوں کے اندر کی جاتی ہے۔ اگر پہلے شکایت نہ کرنے کی کوئی معقول وجہ ہو، جیسے بیماری، یا یہ معلوم نہ ہونا کہ آپ شکایت کر سکتے ہیں، اور اب بھی اسے منصفانہ طور پر اور اچھی طرح دیکھنا ممکن ہو، تو ہم پھر بھی اسے دیکھ سکتے ہیں۔
}
late-error = ہمیں بتائیں کہ آپ اب یہ شکایت کیوں کر رہے ہیں
late-too-long = آپ کا جواب { $max } حروف یا اس سے کم ہونا چاہیے

## Your complaint or message

service-question = یہ کس سروس یا ٹیم کے بارے میں ہے؟
service-hint = مثال کے طور پر، بچوں کا سوشل ورک، گھر پر دیکھ بھال (ہوم کیئر) یا گھروں کی مرمت۔ اگر آپ کو یقین نہیں، تو جتنا آپ جانتے ہیں ہمیں بتا دیں۔
service-error = لکھیں کہ یہ کس سروس یا ٹیم کے بارے میں ہے
service-too-long = سروس کا نام { $max } حروف یا اس سے کم ہونا چاہیے
message-question = آپ ہمیں کیا بتانا چاہتے ہیں؟
message-hint = اگر یہ کسی شخص کے بارے میں ہے، اور آپ کو ان کا نام معلوم ہے، تو نام بھی لکھیں۔
message-error = لکھیں کہ آپ ہمیں کیا بتانا چاہتے ہیں
message-too-long = آپ کا پیغام { $max } حروف یا اس سے کم ہونا چاہیے
what-happened-question = کیا ہوا؟
what-happened-hint = ہمیں بتائیں کہ کیا غلط ہوا، کب ہوا، اور اس میں کون کون شامل تھا۔ ہر وہ بات لکھیں جو آپ کے خیال میں معاملہ سمجھنے میں ہماری مدد کرے گی۔
what-happened-error = لکھیں کہ کیا ہوا
what-happened-too-long = کیا ہوا، اس کا جواب { $max } حروف یا اس سے کم ہونا چاہیے
put-right-question = معاملہ ٹھیک کرنے کے لیے آپ ہم سے کیا چاہتے ہیں؟
put-right-hint = مثال کے طور پر، معافی، کسی فیصلے پر دوبارہ غور، یا کسی سروس میں تبدیلی۔
put-right-error = لکھیں کہ معاملہ ٹھیک کرنے کے لیے آپ ہم سے کیا چاہتے ہیں
put-right-too-long = آپ کا جواب { $max } حروف یا اس سے کم ہونا چاہیے

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = خطوط، تصویریں یا کاغذات شامل کریں
evidence-hint = کچھ بھی شامل کرنا ضروری نہیں ہے۔ اگر آپ کے پاس کوئی ایسی چیز ہے جس سے پتا چلتا ہو کہ کیا ہوا، جیسے کوئی خط، دیکھ بھال کا منصوبہ (کیئر پلان)، بل یا تصویر، تو آپ اسے یہاں شامل کر سکتے ہیں۔
evidence-rules = آپ زیادہ سے زیادہ { $files ->
    [one] { $files } فائل
   *[other] { $files } فائلیں
} شامل کر سکتے ہیں۔ ہر فائل کا سائز { $each } سے کم ہونا چاہیے، اور سب فائلوں کا مجموعی سائز { $total } سے کم ہونا چاہیے۔
evidence-kinds = آپ اس قسم کی فائلیں شامل کر سکتے ہیں: { $kinds }
evidence-photos = کوئی JPEG تصویر آپ کی ڈیوائس سے جانے سے پہلے، ہم اس میں سے یہ معلومات نکال دیتے ہیں کہ وہ کہاں کھینچی گئی تھی (لوکیشن)، اور دوسری چھپی ہوئی تفصیلات بھی۔ تصویر خود نہیں بدلتی۔ دوسری قسم کی تصویروں سمیت باقی فائلیں جیسی ہیں ویسی ہی بھیجی جاتی ہیں۔
evidence-choose = فائلیں منتخب کریں
evidence-drop = یا فائلیں یہاں کھینچ کر چھوڑ دیں
evidence-added-heading = شامل کی گئی فائلیں
evidence-remove = ہٹائیں
evidence-adding = { $name } شامل کی جا رہی ہے…
evidence-added = { $name } شامل کر دی گئی
evidence-removed = { $name } ہٹا دی گئی
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (پرانا)
evidence-kind-text = ٹیکسٹ
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } خالی ہے
attachment-error-too-big = { $name } کا سائز { $limit } سے کم ہونا چاہیے
attachment-error-type = { $name } ایسی قسم کی فائل نہیں جو آپ شامل کر سکیں۔ یہ ان میں سے ایک ہونی چاہیے: { $kinds }
attachment-error-too-many = { $name } شامل نہیں کی گئی: آپ زیادہ سے زیادہ { $limit ->
    [one] { $limit } فائل
   *[other] { $limit } فائلیں
} شامل کر سکتے ہیں
attachment-error-total = { $name } شامل نہیں کی گئی: آپ کی سب فائلوں کا مجموعی سائز { $limit } سے کم ہونا چاہیے
attachment-error-duplicate = { $name } پہلے ہی شامل کی جا چکی ہے
attachment-error-photo = { $name } کو تصویر کے طور پر پڑھا نہیں جا سکا۔ اسے دوبارہ محفوظ کریں یا کوئی اور فائل منتخب کریں
attachment-error-unreadable = { $name } کو پڑھا نہیں جا سکا۔ اسے دوبارہ منتخب کریں
attachment-error-lost = { $name } اب اس ڈیوائس پر موجود نہیں۔ اسے دوبارہ شامل کریں یا ہٹا دیں

## How you would like it handled

handling-question = آپ چاہتے ہیں کہ ہم آپ کی شکایت کو کس طرح دیکھیں؟
handling-hint = ہم اس بارے میں آپ سے بات کریں گے اور آپ کی رضامندی سے طے کریں گے۔
handling-error = منتخب کریں کہ آپ کی شکایت کو کس طرح دیکھا جائے
resolution-on-the-spot = جن سے میرا واسطہ ہے، وہی اسے فوراً حل کریں
resolution-local = کوئی مینیجر اسے جلدی دیکھے
resolution-next-working-day = اگلے کام کے دن تک اسے ٹھیک کرنے کی کوشش کی جائے
resolution-early = پہلے اسے جلدی اور غیر رسمی طریقے سے حل کرنے کی کوشش کی جائے
resolution-meeting = ملاقات میں اس پر بات کی جائے
resolution-formal-investigation = باقاعدہ تحقیقات، اور تحریری جواب
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = اگر اگلے کام کے دن کے اختتام تک معاملہ آپ کی تسلی کے مطابق ٹھیک کر دیا جائے، تو اسے شکایت کے طور پر درج نہیں کیا جاتا، اور آپ بعد میں یہی معاملہ شکایت کے طریقہ کار کے ذریعے نہیں اٹھا سکتے۔
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = سنگین معاملات کے لیے۔ ہم آپ کو بتائیں گے کہ آیا ہم باقاعدہ تحقیقات سے شروع کرنے پر رضامند ہیں۔ اگر ہم رضامند نہ ہوئے، تو سب سے پہلے اسے پہلے مرحلے میں دیکھا جائے گا۔
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = ہم پہلے اسے غیر رسمی طریقے سے حل کرنے کی کوشش نہیں کریں گے: آپ کی شکایت سیدھی مرحلہ 1 کی تحقیقات میں جائے گی۔
meeting-question = کیا آپ اپنی شکایت پر بات کرنے کے لیے ہم سے ملنا چاہیں گے؟
meeting-hint = یہ ملاقات آمنے سامنے، فون پر یا ویڈیو کال پر ہو سکتی ہے۔
meeting-error = اگر آپ ہم سے ملنا چاہتے ہیں تو "ہاں" منتخب کریں

## Your records

records-question = کیا ہم اس بارے میں اپنے پاس موجود ریکارڈ دیکھ سکتے ہیں؟
records-hint = آپ کی شکایت کو اچھی طرح دیکھنے کے لیے، ہمیں وہ ریکارڈ دیکھنا ہوگا جو ہمارے پاس آپ کے بارے میں، یا اس شخص کے بارے میں ہے جس کی طرف سے آپ شکایت کر رہے ہیں۔ اسے صرف وہی لوگ دیکھیں گے جو آپ کی شکایت کی جانچ کر رہے ہیں۔ اگر ہمیں این ایچ ایس (NHS) سے، یا ہماری طرف سے سروسز فراہم کرنے والے اداروں (جیسے کیئر ہومز) سے بات کرنی پڑی، تو آپ کی معلومات ان کے ساتھ شیئر کرنے سے پہلے ہم آپ سے اجازت مانگیں گے۔
records-error = اگر ہم ریکارڈ دیکھ سکتے ہیں تو "ہاں" منتخب کریں

## Confidentiality

confidentiality-heading = باتوں کو راز میں رکھنا
confidentiality-who = آپ کی شکایت صرف وہی لوگ دیکھیں گے جن کے لیے اسے جاننا ضروری ہے: وہ لوگ جو اس کی جانچ کر رہے ہیں، اور وہ لوگ جو معاملہ ٹھیک کر سکتے ہیں۔
confidentiality-limit = اگر آپ ہمیں کسی جرم کے بارے میں بتائیں، یا یہ بتائیں کہ کسی بچے کی، یا دیکھ بھال اور مدد کے ضرورت مند کسی بالغ شخص کی حفاظت خطرے میں ہے، تو ہم یہ بات راز میں نہیں رکھ سکتے۔ ہم یہ یقینی بنانے میں مدد کریں گے کہ صحیح لوگوں کو بتایا جائے اور صحیح قدم اٹھایا جائے۔
confidential-question = کیا کوئی ایسی بات ہے جسے آپ چاہتے ہیں کہ ہم راز میں رکھیں؟
confidential-hint = ہم آپ کی خواہش کا احترام کرنے کی کوشش کریں گے، لیکن اس کی وجہ سے یہ پتا لگانا کہ کیا ہوا، اور معاملہ ٹھیک کرنا، مشکل ہو سکتا ہے۔
confidential-error = اگر کوئی ایسی بات ہے جسے آپ چاہتے ہیں کہ ہم راز میں رکھیں تو "ہاں" منتخب کریں
confidential-detail-label = آپ کیا چاہتے ہیں کہ ہم راز میں رکھیں؟ (اختیاری)
confidential-detail-too-long = آپ کا جواب { $max } حروف یا اس سے کم ہونا چاہیے

## Support

support-heading = مدد اور سہارا
support-question = کیا اپنی شکایت کے عمل میں حصہ لینے کے لیے آپ کو ان میں سے کسی چیز کی ضرورت ہے؟
support-hint = جو بھی آپ کے لیے ٹھیک ہوں، سب منتخب کریں۔
support-interpreter = ترجمان
support-bsl = برٹش سائن لینگویج (BSL)، یعنی اشاروں کی زبان کا ترجمان
support-braille = بریل میں خط
support-large-print = بڑے حروف میں چھپے ہوئے خط
support-easy-read = ایزی ریڈ کاغذات (آسان الفاظ اور تصویروں کے ساتھ)
support-audio = آڈیو ریکارڈنگ
support-advocacy = کسی حمایتی (advocate) یا مدد کرنے والی تنظیم سے مدد
interpreter-language-label = کون سی زبان؟
interpreter-language-error = وہ زبان لکھیں جس کے لیے آپ کو ترجمان کی ضرورت ہے
advocacy-intro = یہ تنظیمیں آپ کی بات سامنے رکھنے میں آپ کی مدد کر سکتی ہیں۔ یہ کونسل سے الگ اور آزاد ہیں۔ آپ خود ان سے رابطہ کر سکتے ہیں، یا ہم آپ کا ان سے رابطہ کروا سکتے ہیں۔
reply-language-label = آپ چاہتے ہیں کہ ہم آپ کو کس زبان میں لکھیں؟ (اختیاری)
reply-language-hint = اگر آپ اسی زبان میں جواب چاہتے ہیں جو آپ ابھی استعمال کر رہے ہیں، تو یہ خانہ خالی چھوڑ دیں۔
helper-label = کیا کوئی آپ کی شکایت میں آپ کی مدد کر رہا ہے؟ (اختیاری)
helper-hint = ہمیں ان کا نام بتائیں، تاکہ اگر وہ ہم سے رابطہ کریں تو ہمیں پتا ہو کہ وہ کون ہیں۔
contact-too-long = یہ { $max } حروف یا اس سے کم ہونا چاہیے

## Contact details

contact-heading = آپ سے رابطے کی تفصیلات
contact-heading-optional = اگر آپ جواب چاہتے ہیں
contact-optional-intro = اپنا نام یا رابطے کی تفصیلات دینا ضروری نہیں ہے۔ لیکن ان کے بغیر ہم آپ کو جواب نہیں دے سکتے۔
full-name-label = پورا نام
full-name-label-optional = پورا نام (اختیاری)
full-name-error = اپنا پورا نام لکھیں
contact-method-question = آپ چاہتے ہیں کہ ہم آپ سے کس طرح رابطہ کریں؟
contact-method-hint = جو بھی آپ کے لیے ٹھیک ہوں، سب منتخب کریں۔
contact-method-hint-optional = جو بھی آپ کے لیے ٹھیک ہوں، سب منتخب کریں۔ اگر آپ جواب نہیں چاہتے تو کوئی بھی منتخب نہ کریں۔
contact-method-error = کم از کم ایک طریقہ منتخب کریں جس سے ہم آپ سے رابطہ کر سکیں
contact-by-email = ای میل
contact-by-phone = فون
contact-by-post = ڈاک
email-label = ای میل ایڈریس
email-error-empty = اپنا ای میل ایڈریس لکھیں
email-error-format = ای میل ایڈریس صحیح طریقے سے لکھیں، جیسے name@example.com
phone-label = فون نمبر
phone-hint = اگر نمبر برطانیہ سے باہر کا ہے تو ملک کا کوڈ بھی لکھیں۔
phone-error-empty = اپنا فون نمبر لکھیں
phone-error-format = فون نمبر لکھیں، جیسے ⁦01632 960 001⁩، ⁦07700 900 982⁩ یا ⁦+44 808 157 0192⁩
best-time-label = آپ کو فون کرنے کا سب سے اچھا وقت کون سا ہے؟ (اختیاری)
best-time-hint = مثال کے طور پر، پیر سے جمعہ، صبح کے وقت۔
address-line1-label = پتے کی پہلی سطر
address-line1-error = اپنے پتے کی پہلی سطر لکھیں
address-line2-label = پتے کی دوسری سطر (اختیاری)
address-town-label = قصبہ یا شہر
address-town-error = اپنا قصبہ یا شہر لکھیں
postcode-label = پوسٹ کوڈ
postcode-error-empty = اپنا پوسٹ کوڈ لکھیں
postcode-error-format = درست پوسٹ کوڈ لکھیں، جیسے S70 2TA

## Check your answers

check-heading = بھیجنے سے پہلے اپنے جواب ایک بار دیکھ لیں
check-change = بدلیں
check-found-out = پتا چلا: { $date }
check-meeting-yes = مجھے ملاقات چاہیے
check-meeting-no = مجھے ملاقات کی ضرورت نہیں
check-interpreter = ترجمان: { $language }
check-reply-language = جواب کی زبان: { $language }
check-helper = مددگار: { $name }
check-no-support = کسی مدد کی ضرورت نہیں
check-no-evidence = کوئی فائل شامل نہیں کی گئی
check-no-reply = جواب نہیں چاہیے
check-reply-by = جواب کا طریقہ: { $ways }
check-send-heading-complaint = اب اپنی شکایت بھیجیں
check-send-heading-feedback = اب اپنا پیغام بھیجیں
check-send-body = اسے بھیج کر آپ تصدیق کرتے ہیں کہ جہاں تک آپ کو معلوم ہے، آپ نے ہمیں جو کچھ بتایا ہے وہ سچ ہے۔
check-send-complaint = شکایت بھیجیں
check-send-feedback = بھیجیں
check-send-heading-follow-up = اب اپنی درخواست بھیجیں
check-send-follow-up = درخواست بھیجیں
check-earlier-reference = ریفرنس نمبر: { $reference }
check-complained = شکایت کی تاریخ: { $date }
check-sending = بھیجا جا رہا ہے…
# While the person's files are sent, before their answers.
check-sending-file = { $count } میں سے فائل نمبر { $number } بھیجی جا رہی ہے…
check-send-failed = یہ ابھی نہیں بھیجا گیا
check-send-kept = آپ کے جواب ابھی بھی یہیں موجود ہیں: کچھ بھی ضائع نہیں ہوا۔

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = ہم کونسل کے سسٹم تک نہیں پہنچ سکے۔ دیکھ لیں کہ آپ انٹرنیٹ سے جڑے ہوئے ہیں۔
send-problem-timed-out = کونسل کے سسٹم نے جواب دینے میں بہت زیادہ وقت لگایا۔
send-problem-server = کونسل کے سسٹم میں کوئی مسئلہ پیش آ گیا۔
send-problem-busy = کونسل کا سسٹم اس وقت مصروف ہے۔
send-problem-rejected = کونسل کا سسٹم اسے قبول نہیں کر سکا، اور دوبارہ کوشش کرنے سے کوئی فائدہ نہیں ہوگا۔ اس کی بجائے اپنے جوابوں کی ایک کاپی ڈاؤن لوڈ کریں، یا انہیں ای میل سے بھیج دیں۔
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] { $seconds } سیکنڈ میں دوبارہ کوشش کی جائے گی۔
   *[other] { $seconds } سیکنڈ میں دوبارہ کوشش کی جائے گی۔
}
send-offline = آپ انٹرنیٹ سے جڑے ہوئے نہیں ہیں۔ جیسے ہی آپ دوبارہ انٹرنیٹ سے جڑیں گے، یہ بھیج دیا جائے گا: یہ صفحہ کھلا رکھیں۔
send-try-again = دوبارہ کوشش کریں
send-download-copy = اپنے جوابوں کی ایک کاپی ڈاؤن لوڈ کریں
send-by-email = اس کی بجائے ای میل سے بھیجیں
# Shown when the council takes submissions by email only.
send-email-explain = آپ کا ای میل پروگرام کھلے گا، جس میں ہمارے پتے والی ایک ای میل تیار ہوگی اور اس میں آپ کے جواب لکھے ہوں گے۔ جب آپ وہ ای میل بھیجیں گے، تبھی آپ کے جواب ہم تک پہنچیں گے۔
send-email-open = میرے جوابوں والی ای میل کھولیں
send-email-too-long = آپ کے جواب اتنے لمبے ہیں کہ ایک ای میل لنک میں پورے نہیں آتے، اس لیے ای میل میں ان کا صرف شروع کا حصہ ہوگا۔ اپنے جوابوں کی ایک کاپی ڈاؤن لوڈ کریں اور اسے ای میل کے ساتھ منسلک (اٹیچ) کریں۔
send-email-rest-attached = [میرے جواب ایک ای میل لنک کے لیے بہت لمبے ہیں: باقی حصہ اس کاپی میں ہے جو میں نے ساتھ منسلک کی ہے۔]
send-email-attach = ہم آپ کی فائلیں خود ای میل میں نہیں ڈال سکتے۔ ای میل بھیجنے سے پہلے، یہ فائلیں خود اس کے ساتھ منسلک (اٹیچ) کریں:
send-email-kept = جب تک آپ ہمیں یہ نہ بتائیں کہ ای میل چلی گئی ہے، آپ کے جواب یہیں رہیں گے۔
send-email-done = میں نے ای میل بھیج دی ہے

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = شکایت نمبر { $reference }
copy-subject-compliment = تعریف نمبر { $reference }
copy-subject-comment = رائے یا مشورہ نمبر { $reference }
copy-subject-follow-up = شکایت کی پیروی نمبر { $reference }
copy-reference = ریفرنس نمبر: { $reference }
copy-sent = بھیجا گیا: { $time } (برطانیہ کا وقت)
copy-english-heading = انگریزی میں، کونسل کے عملے کے لیے:
copy-id = سبمیشن آئی ڈی (Submission ID): { $id }

## Confirmation

confirmation-heading-complaint = شکایت بھیج دی گئی
confirmation-heading-feedback = پیغام بھیج دیا گیا
confirmation-heading-follow-up = درخواست بھیج دی گئی
# $stage is the name of the stage asked for.
confirmation-follow-up-next = آپ نے "{ $stage }" کے لیے درخواست کی ہے۔ یہ تاریخیں آج سے گنی جاتی ہیں۔
confirmation-follow-up-chase = آپ کی یاد دہانی ہمیں مل گئی ہے۔ ہم آپ کو بتائیں گے کہ ہمارے جواب میں دیر کیوں ہوئی اور وہ آپ کو کب ملے گا۔
confirmation-reference = آپ کا ریفرنس نمبر
# Shown when the answers went by the person's email program.
confirmation-by-email = جب آپ کی ای میل ہمیں مل جائے گی، تب آپ کے جواب ہم تک پہنچیں گے۔ اگر ای میل نہیں گئی، تو { $email } پر لکھیں اور اپنا ریفرنس نمبر، { $reference }، بتائیں۔
confirmation-not-sent = یہ اس سروس کا ٹیسٹ ورژن ہے۔ آپ نے جو بھیجا، اسے اسی کمپیوٹر پر ایک ٹیسٹ پروگرام نے رکھ لیا ہے، اور یہ { $council } تک نہیں پہنچا۔
confirmation-next-heading = آگے کیا ہوگا
confirmation-feedback-next = ہم آپ کا پیغام متعلقہ سروس تک پہنچا دیں گے۔ اگر آپ نے جواب مانگا ہے، تو ہم آپ سے رابطہ کریں گے۔
confirmation-copy-heading = آپ کے جوابوں کی ایک کاپی
confirmation-print = یہ صفحہ پرنٹ کریں
confirmation-start-again = ایک اور شکایت کریں یا مزید رائے دیں

## Following up a complaint already made

earlier-heading = آپ کی شکایت کے بارے میں
earlier-reference = آپ کا ریفرنس نمبر (اختیاری)
earlier-reference-hint = یہ اس ای میل یا خط میں ہے جو آپ کو شکایت کرنے پر ملا تھا، مثال کے طور پر RDX-7K3P-Q9MA۔ آپ یہ خانہ خالی چھوڑ سکتے ہیں۔
earlier-reference-too-long = آپ کا ریفرنس نمبر { $max } حروف یا اس سے کم ہونا چاہیے
earlier-complained = آپ نے شکایت کب کی؟
earlier-complained-hint = مثال کے طور پر، ⁦20 11 2026⁩۔ اگر آپ کو دن معلوم نہیں، تو صرف مہینہ اور سال لکھیں۔
earlier-complained-error = لکھیں کہ آپ نے شکایت کب کی، یا صرف مہینہ اور سال
standing-question = آپ کی شکایت اب کہاں تک پہنچی ہے؟
standing-waiting = مجھے آپ کے جواب کا انتظار ہے
standing-answered = مجھے آپ کا جواب مل گیا ہے
standing-extended = آپ نے مجھے بتایا کہ آپ کو مزید وقت چاہیے، اور مجھے ایک نئی تاریخ دی
standing-error = منتخب کریں کہ آپ کی شکایت اب کہاں تک پہنچی ہے
earlier-stage-question-waiting = آپ کی شکایت کس مرحلے میں ہے؟
earlier-stage-question-answered = ہمارا جواب کس مرحلے کا تھا؟
earlier-stage-hint = آپ کو بھیجے گئے ہمارے خطوط اور ای میلز میں لکھا ہوتا ہے کہ یہ کون سا مرحلہ ہے۔
earlier-stage-error = مرحلہ منتخب کریں
stage-date-answered = ہمارا جواب آپ کو کب ملا؟
stage-date-asked = آپ نے اس مرحلے کے لیے درخواست کب کی؟
stage-date-hint = مثال کے طور پر، ⁦20 11 2026⁩۔ اگر آپ کو دن معلوم نہیں، تو صرف مہینہ اور سال لکھیں۔
stage-date-error = تاریخ لکھیں، یا صرف مہینہ اور سال
stage-date-error-before = تاریخ، شکایت کرنے کے دن والی یا اس کے بعد کی ہونی چاہیے
extended-to-question = ہم نے آپ کو کون سی نئی تاریخ دی؟
extended-to-hint = مثال کے طور پر، ⁦29 1 2027⁩۔
extended-to-error = نئی تاریخ لکھیں، دن سمیت
extended-to-error-real = درست تاریخ لکھیں، جیسے ⁦29 1 2027⁩
extended-to-error-before = نئی تاریخ اس دن کے بعد کی ہونی چاہیے جب آپ نے اس مرحلے کے لیے درخواست کی تھی
follow-up-answer-heading = آپ کی شکایت: آپ اب کیا کر سکتے ہیں
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = ہم آپ کے جوابوں سے تاریخوں کا حساب نہیں لگا سکتے۔ آپ نے ہمیں جو تاریخیں دیں، انہیں ایک بار دیکھ لیں۔
follow-up-error-complained-after = شکایت کرنے کا دن اس دن کے بعد کا ہے جو آپ نے اس مرحلے کے لیے بتایا۔ دونوں تاریخیں دیکھ لیں۔
follow-up-error-extended-before = ہماری دی ہوئی نئی تاریخ اس دن سے پہلے کی ہے جب آپ نے اس مرحلے کے لیے درخواست کی تھی۔ دونوں تاریخیں دیکھ لیں۔
follow-up-check-dates = تاریخیں دیکھیں
follow-up-late-heading = ہمارے جواب میں دیر ہو گئی ہے
follow-up-late = ہمیں آپ کو اپنا جواب { $date } تک بھیج دینا چاہیے تھا۔
follow-up-late-what = آپ نیچے سے ہمیں یاد دہانی بھیج سکتے ہیں۔ ہم آپ کو بتائیں گے کہ ہمارے جواب میں دیر کیوں ہوئی اور وہ آپ کو کب ملے گا۔
follow-up-due-heading = ہمارا جواب کب تک آنا چاہیے
follow-up-due = ہمیں آپ کو اپنا جواب { $date } تک بھیجنا چاہیے۔
# The due day depends on the day in the month the person gave.
follow-up-due-depends = ہمارا جواب { $earliest } اور { $latest } کے درمیان آنا چاہیے، اس پر منحصر ہے کہ آپ نے کس دن درخواست کی۔ اگر تب تک نہ آئے، تو اس میں دیر ہو گئی ہے۔
follow-up-due-extended = یہ وہ نئی تاریخ ہے جو ہم نے آپ کو دی۔
follow-up-due-allowed = اگر ہمیں مزید وقت چاہیے ہو، تو ہمارا طریقہ کار ہمیں زیادہ سے زیادہ { $date } تک کی اجازت دیتا ہے، اور ہم آپ کو وجہ بتائیں گے۔
follow-up-due-beyond-allowed = یہ تاریخ اس سے بعد کی ہے جس کی ہمارا طریقہ کار اجازت دیتا ہے: زیادہ سے زیادہ { $date }۔ آپ ہم سے وجہ پوچھ سکتے ہیں۔
follow-up-due-wait = اگر تب تک جواب نہ آئے، تو ہمیں یاد دہانی بھیجنے کے لیے یہاں واپس آئیں۔
# $stage is the next stage's name.
follow-up-next-heading = "{ $stage }" کے لیے درخواست
follow-up-next-council-decides = یہ مرحلہ ہوگا یا نہیں، اس کا فیصلہ ہم کرتے ہیں۔ اگر یہ نہیں ہوگا، تو ہم آپ کو لکھ کر وجہ بتائیں گے۔
follow-up-ask-by = { $date } تک درخواست کریں۔
follow-up-ask-by-depends = درخواست کرنے کا آخری دن { $earliest } اور { $latest } کے درمیان ہے، اس پر منحصر ہے کہ ہمارا جواب آپ کو کس دن ملا۔ جتنی جلدی ہو سکے درخواست کریں۔
follow-up-ask-by-passed = درخواست کرنے کا آخری دن { $date } تھا۔ آپ اب بھی درخواست کر سکتے ہیں: ہمیں بتائیں کہ آپ اب کیوں درخواست کر رہے ہیں۔ دیر سے آنے والی درخواست قبول کرنی ہے یا نہیں، اس کا فیصلہ ہم کرتے ہیں، اور اگر ہم اسے قبول نہ کریں، تو محتسب پھر بھی آپ کی شکایت کو دیکھ سکتا ہے۔
follow-up-ask-by-none = درخواست کرنے کا کوئی آخری دن نہیں ہے، لیکن جلدی درخواست کرنا بہتر ہے، جب تک باتیں ذہن میں تازہ ہیں۔
follow-up-if-asked-today = اگر آپ آج درخواست کریں:
follow-up-ombudsman-heading = محتسب کے پاس جانا
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = آپ اب { $ombudsman } سے کہہ سکتے ہیں کہ وہ آپ کی شکایت کو دیکھے۔ یہ مفت اور آزاد ہے، اور کسی کی طرفداری نہیں کرتا۔
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = اس کا مطلب ہے زیادہ سے زیادہ { $date } تک، اور اس سے پہلے، اگر آپ کو شکایت کرنے سے پہلے ہی مسئلے کا پتا تھا۔
follow-up-ombudsman-by = اس کا مطلب ہے { $date } تک۔
follow-up-ombudsman-passed = وہ دن گزر چکا ہے۔ اگر آپ کے پاس محتسب کے پاس پہلے نہ جا سکنے کی کوئی معقول وجہ ہو، تو محتسب پھر بھی آپ کی شکایت کو دیکھ سکتا ہے: محتسب کو وہ وجہ بتائیں۔
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = { $ombudsman } عام طور پر کسی شکایت کو تب دیکھتا ہے جب ہم اس کا معاملہ مکمل کر لیں: "{ $stage }" کے بعد۔
follow-up-request-question = آپ کیا کرنا چاہتے ہیں؟
follow-up-request-next = اگلے مرحلے کے لیے درخواست کریں
follow-up-request-chase = ہمیں یاد دہانی بھیجیں
follow-up-request-chase-hint = پوچھیں کہ ہمارے جواب میں دیر کیوں ہوئی اور وہ آپ کو کب ملے گا۔
follow-up-request-error = منتخب کریں کہ آپ کیا کرنا چاہتے ہیں
unresolved-question = آپ اب بھی کس بات سے ناخوش ہیں؟
unresolved-hint = ہمیں بتائیں کہ ہمارے جواب میں آپ کس بات سے متفق نہیں، کیا اب بھی ٹھیک نہیں ہوا، اور آپ کیا چاہتے ہیں کہ ہو۔ اگر آپ آخری دن کے بعد درخواست کر رہے ہیں، تو ہمیں وجہ بتائیں۔
unresolved-error = لکھیں کہ آپ اب بھی کس بات سے ناخوش ہیں
unresolved-too-long = آپ اب بھی کس بات سے ناخوش ہیں، اس کا جواب { $max } حروف یا اس سے کم ہونا چاہیے

## What happens next: dates

timeline-due = { $what }: { $due } تک
timeline-due-extendable = { $what }: { $due } تک، یا اگر مزید وقت چاہیے ہو تو زیادہ سے زیادہ { $latest } تک
timeline-waiting = { $what }: تاریخ ہم آپ کو بتائیں گے
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = اس کے لیے کوئی تاریخ مقرر نہیں ہے: ہم آپ سے رابطہ کریں گے۔
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = آپ نے ہم سے "{ $stage }" سے شروع کرنے کو کہا ہے۔ ہم آپ کو بتائیں گے کہ آیا ہم رضامند ہیں۔ اگر ہم رضامند نہ ہوئے، تو آپ کی شکایت "{ $otherwise }" سے شروع ہوگی۔
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = صرف اس صورت میں جب ہم "{ $stage }" سے شروع کرنے پر رضامند نہ ہوں۔

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = بالغوں کی سوشل کیئر میں شکایت کا طریقہ کار
procedure-children-statutory-england = بچوں کی سوشل کیئر میں شکایت کا طریقہ کار
procedure-general-barnsley = کونسل میں شکایت کا طریقہ کار
procedure-general-council-000 = کونسل میں شکایت کا طریقہ کار
procedure-lgsco-complaint-handling-code = کونسل میں شکایت کا طریقہ کار
procedure-northern-ireland-nipso-model = کونسل میں شکایت کا طریقہ کار
procedure-scotland-spso = شکایات نمٹانے کا طریقہ کار
procedure-wales-psow-model = کونسل میں شکایت کا طریقہ کار
procedure-wales-social-services = سوشل سروسز میں شکایت کا طریقہ کار
stage-adult-complaint = آپ کی شکایت
stage-early-resolution = ابتدائی حل
stage-formal-investigation = مرحلہ 2: باقاعدہ تحقیقات
stage-informal-resolution = مرحلہ 1: غیر رسمی حل
stage-frontline-response = مرحلہ 1: فوری جواب
stage-independent-investigation = مرحلہ 2: آزاد تحقیقات
stage-investigation = مرحلہ 1: تحقیقات
stage-local-resolution = مرحلہ 1: ایک مینیجر اسے دیکھتا ہے
stage-next-working-day = اگلے کام کے دن تک ٹھیک کرنا
stage-on-the-spot = موقع پر ہی حل کرنا
stage-review = مرحلہ 2: دوبارہ جائزہ
stage-review-panel = مرحلہ 3: آزاد جائزہ پینل
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = ٹیم سے باہر کا کوئی شخص آپ کی شکایت کی جانچ کرتا ہے اور ایک رپورٹ لکھتا ہے۔ پھر ایک سینئر مینیجر آپ کو ہمارا جواب بھیجتا ہے۔
stage-review-panel-about = تین آزاد افراد پوری صورت حال کا جائزہ لیتے ہیں اور آپ کی بات سننے کے لیے آپ سے ملتے ہیں۔ وہ فیصلہ کرتے ہیں کہ آیا تحقیقات منصفانہ تھیں، آیا تحقیقات کے نتائج معقول تھے، اور آیا مزید کچھ کیا جا سکتا ہے۔
stage-review-about = اگر آپ مرحلہ 1 میں ہمارے جواب سے مطمئن نہیں ہیں، تو ہماری ٹیم آپ کے ساتھ مل کر ان باتوں پر کام کرتی ہے جن کا آپ کے خیال میں اب تک جواب نہیں ملا۔ دوبارہ جائزہ کوئی نئی تحقیقات نہیں ہے۔ دوبارہ جائزہ ہوگا یا نہیں، اس کا فیصلہ ایک سینئر ڈائریکٹر کرتا ہے؛ اگر جائزہ نہیں ہوگا، تو ہم آپ کو لکھ کر وجہ بتائیں گے۔
stage-stage1 = مرحلہ 1
stage-stage2 = مرحلہ 2
stage-stage2-investigation = مرحلہ 2: تحقیقات
stage-talk-to-the-service = سروس سے بات کرنا
milestone-acknowledgement = ہم آپ کو بتاتے ہیں کہ آپ کی شکایت ہمیں مل گئی ہے، اور ملاقات کی پیشکش کرتے ہیں
milestone-completion = ہم آپ کی شکایت کی جانچ مکمل کرتے ہیں
milestone-early-resolution = ہم اسے حل کرنے کی کوشش کرتے ہیں
milestone-next-working-day-resolution = ہم اسے ٹھیک کرنے کی کوشش کرتے ہیں
milestone-stage1-acknowledgement = ہم آپ کو بتاتے ہیں کہ آپ کی شکایت ہمیں مل گئی ہے
milestone-stage1-contact = ہماری ٹیم آپ سے رابطہ کرتی ہے
milestone-stage1-discussion = ہم آپ سے بات کرتے ہیں کہ اسے کیسے حل کیا جائے
milestone-stage1-response = ہم آپ کو اپنا جواب بھیجتے ہیں
milestone-stage2-acknowledgement = ہم آپ کو بتاتے ہیں کہ مرحلہ 2 کے لیے آپ کی درخواست ہمیں مل گئی ہے
milestone-stage2-response = ہم آپ کو تحقیقات کی رپورٹ اور اپنا جواب بھیجتے ہیں
milestone-stage2-review = ہم جائزہ مکمل کرتے ہیں
milestone-stage3-panel-meeting = جائزہ پینل کی میٹنگ ہوتی ہے
milestone-stage3-panel-report = جائزہ پینل اپنی رپورٹ بھیجتا ہے
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = آپ مرحلہ 1 میں ہمارے جواب کے بعد { $count } کام کے دنوں کے اندر مرحلہ 2 کے لیے درخواست کر سکتے ہیں۔
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = آپ مرحلہ 2 میں ہمارے جواب کے بعد { $count } کام کے دنوں کے اندر جائزہ پینل کے لیے درخواست کر سکتے ہیں۔
milestone-stage3-response = ہم پینل کی رپورٹ کا جواب دیتے ہیں
ombudsman-lgsco = مقامی حکومت اور سوشل کیئر محتسب (Local Government and Social Care Ombudsman)
ombudsman-psow = ویلز پبلک سروسز محتسب (Public Services Ombudsman for Wales)
ombudsman-spso = اسکاٹش پبلک سروسز محتسب (Scottish Public Services Ombudsman)
ombudsman-nipso = شمالی آئرلینڈ پبلک سروسز محتسب (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = اگر آپ اب بھی مطمئن نہیں ہیں
# $ombudsman is the Ombudsman's name.
ombudsman-intro = آپ { $ombudsman } سے کہہ سکتے ہیں کہ وہ آپ کی شکایت کو دیکھے۔ یہ مفت اور آزاد ہے، اور کسی کی طرفداری نہیں کرتا۔
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] عام طور پر آپ کو مسئلے کا پہلی بار پتا چلنے کے { $months } مہینے کے اندر محتسب کے پاس جانا چاہیے، نہ کہ ہمارے جواب کے { $months } مہینے کے اندر۔
   *[other] عام طور پر آپ کو مسئلے کا پہلی بار پتا چلنے کے { $months } مہینوں کے اندر محتسب کے پاس جانا چاہیے، نہ کہ ہمارے جواب کے { $months } مہینوں کے اندر۔
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] عام طور پر آپ کو ہمارے آخری جواب کے { $months } مہینے کے اندر محتسب کے پاس جانا چاہیے۔
   *[other] عام طور پر آپ کو ہمارے آخری جواب کے { $months } مہینوں کے اندر محتسب کے پاس جانا چاہیے۔
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = آپ کی بتائی ہوئی تاریخ کے حساب سے، اس کا مطلب ہے { $date } تک۔
ombudsman-early = محتسب عام طور پر یہ توقع رکھتا ہے کہ پہلے ہم آپ کی شکایت کا معاملہ مکمل کر لیں۔ اگر ہم نے مناسب وقت میں آپ کو جواب نہیں دیا، تو محتسب اسے پہلے بھی دیکھ سکتا ہے۔
ombudsman-ready = جب آپ محتسب سے رابطہ کریں، تو اپنا ریفرنس نمبر ({ $reference })، آپ کو بھیجے گئے ہمارے جواب، اور اپنی شکایت سے متعلق کوئی بھی خطوط، ای میلز یا کاغذات تیار رکھیں۔
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = اگر آپ ان کے جواب سے مطمئن نہیں ہیں، تو آپ { $body } سے کہہ سکتے ہیں کہ وہ اس معاملے کو دیکھے۔
regulator-cqc = کیئر کوالٹی کمیشن (Care Quality Commission)
regulator-ciw = کیئر انسپکٹوریٹ ویلز (Care Inspectorate Wales)
regulator-care-inspectorate = اسکاٹ لینڈ کا کیئر انسپکٹوریٹ (Care Inspectorate)
regulator-rqia = ریگولیشن اینڈ کوالٹی امپروومنٹ اتھارٹی (Regulation and Quality Improvement Authority)
regulator-tell-cqc = آپ اپنی شکایت کے بارے میں کیئر کوالٹی کمیشن (Care Quality Commission) کو بھی بتا سکتے ہیں۔ یہ کمیشن دیکھ بھال کی سروسز کا معیار جانچتا ہے، لیکن انفرادی شکایات کی جانچ نہیں کرتا۔
regulator-tell-ciw = آپ اپنی شکایت کے بارے میں کیئر انسپکٹوریٹ ویلز (Care Inspectorate Wales) کو بھی بتا سکتے ہیں۔ یہ ادارہ دیکھ بھال کی سروسز کا معیار جانچتا ہے، لیکن انفرادی شکایات کی جانچ نہیں کرتا۔
regulator-tell-care-inspectorate = آپ اپنی شکایت کے بارے میں اسکاٹ لینڈ کے کیئر انسپکٹوریٹ (Care Inspectorate) کو بھی بتا سکتے ہیں۔ یہ ادارہ دیکھ بھال کی سروسز کو جانچتا ہے، اور کسی سروس کے بارے میں شکایت کی جانچ بھی کر سکتا ہے۔
regulator-tell-rqia = آپ اپنی شکایت کے بارے میں ریگولیشن اینڈ کوالٹی امپروومنٹ اتھارٹی (Regulation and Quality Improvement Authority, RQIA) کو بھی بتا سکتے ہیں۔ یہ ادارہ دیکھ بھال کی سروسز کا معیار جانچتا ہے، لیکن انفرادی شکایات کی جانچ نہیں کرتا۔

## Which procedure, and why

routing-reason-children = آپ کی شکایت بچوں کی سوشل کیئر کے بارے میں ہے، اس لیے اس پر بچوں کی سوشل کیئر میں شکایت کا طریقہ کار لاگو ہوگا، جو قانون نے طے کیا ہے۔
routing-reason-adults = آپ کی شکایت بالغوں کی اس سوشل کیئر کے بارے میں ہے جس کا انتظام کونسل کرتی ہے، اس لیے اس پر بالغوں کی سوشل کیئر میں شکایت کا طریقہ کار لاگو ہوگا، جو قانون نے طے کیا ہے۔
routing-reason-adults-council-part = آپ کی شکایت آپ کی دیکھ بھال میں کونسل کے حصے کے بارے میں ہے، اس لیے اس پر بالغوں کی سوشل کیئر میں شکایت کا طریقہ کار لاگو ہوگا، جو قانون نے طے کیا ہے۔
routing-reason-adults-own-procedure = آپ کی شکایت بالغوں کی اس سوشل کیئر کے بارے میں ہے جس کا انتظام کونسل کرتی ہے۔ کونسل بالغوں کی سوشل کیئر سے متعلق شکایات کو اپنے شکایت کے طریقہ کار کے ذریعے نمٹاتی ہے۔
routing-reason-adults-council-part-own-procedure = آپ کی شکایت آپ کی دیکھ بھال میں کونسل کے حصے کے بارے میں ہے۔ کونسل بالغوں کی سوشل کیئر سے متعلق شکایات کو اپنے شکایت کے طریقہ کار کے ذریعے نمٹاتی ہے۔
routing-reason-general = آپ کی شکایت پر کونسل میں شکایت کا طریقہ کار لاگو ہوگا۔

## Exit this page

exit-button = اس صفحے سے نکلیں
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = ایمرجنسی
exit-hint = یا Shift کا بٹن 3 بار دبائیں۔ آپ کے جواب مٹا دیے جائیں گے۔
exit-shift-count = { $count ->
    [one] Shift، باہر نکلنے کے لیے { $count } بار اور دبائیں۔
   *[other] Shift، باہر نکلنے کے لیے { $count } بار اور دبائیں۔
}

## Your answers (footer)

answers-heading = آپ کے جواب
answers-kept-tab = آپ کے جواب اس براؤزر ٹیب میں اس وقت تک رہتے ہیں جب تک آپ انہیں بھیج نہ دیں یا ٹیب بند نہ کر دیں۔
answers-kept-device = آپ کے جواب اس ڈیوائس پر اس وقت تک محفوظ رہتے ہیں جب تک آپ انہیں بھیج یا مٹا نہ دیں۔
answers-shared-warning = اپنے جواب اس ڈیوائس پر صرف تب محفوظ کریں جب اسے کوئی اور استعمال نہ کرتا ہو: جو بھی اسے استعمال کرے، وہ انہیں پڑھ سکتا ہے۔
answers-keep-device = میرے جواب اس ڈیوائس پر محفوظ کریں
answers-keep-tab = میرے جواب صرف اسی ٹیب میں رکھیں
answers-clear = میرے جواب مٹا دیں
answers-clear-sure = اس سے وہ سب کچھ مٹ جائے گا جو آپ نے اب تک ہمیں بتایا ہے۔ کیا آپ کو یقین ہے؟
answers-clear-yes = ہاں، میرے جواب مٹا دیں
answers-clear-no = نہیں، انہیں رہنے دیں
answers-cleared = آپ کے جواب مٹا دیے گئے ہیں۔
# Links in the footer to pages of the council's own site.
footer-privacy = رازداری کا نوٹس
footer-accessibility = قابلِ رسائی ہونے کا بیان
# The footer link to the council's complaints procedure.
footer-procedure = کونسل میں شکایت کا طریقہ کار

## Calendar file

confirmation-calendar = یہ تاریخیں اپنے کیلنڈر میں شامل کریں (ics فائل)
ics-summary = { $what } (شکایت نمبر { $reference })
ics-description = { $council } کو آپ کی شکایت، ریفرنس نمبر { $reference }۔

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = زبان
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
language-load-failed = معذرت، ہم وہ زبان لوڈ نہیں کر سکے۔ اس کی بجائے سروس انگریزی میں دکھائی جا رہی ہے۔ کچھ دیر بعد دوبارہ کوشش کریں۔

other-ways-heading = اس آن لائن فارم کے لیے JavaScript درکار ہے
other-ways-why = آپ کے براؤزر میں JavaScript بند یا مسدود ہے، یا آپ کا براؤزر یہ فارم نہیں چلا سکتا۔
other-ways-instead = آپ اب بھی ان میں سے کسی ایک طریقے سے شکایت، تعریف یا رائے دے سکتے ہیں۔
other-ways-back = شروع کے صفحے پر واپس جائیں

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = { $council } کو اپنی شکایت بھیجنے کا شکریہ۔ یہ ہمیں مل گئی ہے، اور ہم نیچے دی گئی تاریخوں تک اس پر کارروائی کریں گے۔ براہ کرم یہ ای میل سنبھال کر رکھیں۔
acknowledgement-intro-feedback = { $council } کو اپنا پیغام بھیجنے کا شکریہ۔ یہ ہمیں مل گیا ہے۔
acknowledgement-intro-follow-up = { $council } کو کی گئی آپ کی شکایت کے بارے میں آپ کی درخواست ہمیں مل گئی ہے۔
acknowledgement-contact = اگر آپ کا کوئی سوال ہے، تو { $council } سے رابطہ کریں اور اپنا ریفرنس نمبر، { $reference }، بتائیں۔
acknowledgement-why = آپ کو یہ ای میل اس لیے ملی ہے کیونکہ { $council } کے آن لائن شکایت فارم کے ذریعے کچھ بھیجتے وقت یہ ای میل ایڈریس دیا گیا تھا۔ اگر یہ آپ نے نہیں بھیجا تھا، تو براہ کرم ہمیں بتائیں۔
