# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# مسودة ترجمة بانتظار مراجعة مترجم مؤهَّل. يُرجى عدم نشرها قبل إجراء هذه المراجعة.
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = تقديم شكوى أو ملاحظات
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = الانتقال إلى المحتوى الرئيسي
loading = جارٍ التحميل…
page-load-failed-title = تعذّر تحميل هذه الصفحة
page-load-failed-body = تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى. لم تُفقد إجاباتك حتى الآن.
page-load-try-again = حاول مرة أخرى

## Start page

start-heading = تقديم شكوى أو ملاحظات إلى { $council }
start-intro = يمكنك استخدام هذه الخدمة لتخبرنا برأيك في إحدى خدماتنا، ومنها الرعاية الاجتماعية للأطفال والرعاية الاجتماعية للبالغين.
start-you-can = يمكنك:
start-can-complain = تقديم شكوى
start-can-compliment = تقديم إشادة أو شكر
start-can-comment = تقديم تعليق أو اقتراح
start-hear-from-you = نريد أن نعرف عندما تسوء الأمور، وعندما نُحسن العمل. وإخبارنا بذلك ليس «إثارةً للضجة».
start-button = البدء الآن
start-talk-first-heading = قبل أن تبدأ
start-talk-first = غالبًا ما يفيد أن تتحدث أولًا إلى الشخص أو الفريق الذي تتعامل معه، فكثير من المشاكل يمكن حلّها فورًا. ويمكنك استخدام هذه الخدمة إذا لم يسبق لك التحدث إليهم، أو إذا لم يُفِد الحديث.
start-need-heading = ما يلزمك
start-need-what = ما الذي حدث، ومتى حدث تقريبًا
start-need-service = الخدمة أو الفريق المعنيّ
start-need-outcome = ما تريد منّا فعله لتصحيح الأمور
start-need-contact = بيانات الاتصال بك، إذا رغبت في الحصول على ردّ
start-need-help = يمكنك طلب المساعدة من شخص آخر، أو أن يقوم بذلك نيابةً عنك. يمكنك أن تأخذ كل الوقت الذي تحتاج إليه لملء هذا النموذج، وتبقى إجاباتك على هذا الجهاز إلى أن ترسلها.
start-risk-heading = هل هناك شخص معرَّض لخطر الأذى الآن؟
start-risk-emergency = إذا كان شخص ما في خطر داهم، اتصل بالرقم { $number }.
start-risk-adults = مخاوف بشأن شخص بالغ
start-risk-children = مخاوف بشأن طفل
start-risk-out-of-hours = خارج ساعات الدوام، اتصل بفريق الطوارئ المناوب
start-other-ways-heading = طرق أخرى للتواصل معنا

## Contact details

contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-post = المراسلة بالبريد
contact-in-person = زيارتنا شخصيًا
contact-website = الموقع الإلكتروني
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }، من { $opens } إلى { $closes }
# A run of days, such as "Monday to Friday".
opening-days = من { $from } إلى { $to }
weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد
opening-any-time = في أي وقت

## When the wizard cannot start

config-error-title = نأسف، هذه الخدمة لا تعمل حاليًا
config-error-body = ما زال بإمكانك تقديم شكوى أو ملاحظات بالتواصل مع المجلس المحلي عبر الهاتف أو البريد الإلكتروني أو البريد العادي. يُرجى تجربة هذه الخدمة مرة أخرى لاحقًا.
config-error-emergency = إذا كان شخص ما في خطر داهم، اتصل بالرقم 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = نأسف، حدث خطأ ما
crash-body = لم تضِع إجاباتك. انسخها أو نزّلها من الأسفل، ثم أعد تحميل الصفحة وحاول مرة أخرى، أو تواصل معنا بطريقة أخرى.
crash-answers = إجاباتك حتى الآن
crash-download = تنزيل إجاباتك

## Shared by question pages

continue = متابعة
back = رجوع
answer-yes = نعم
answer-no = لا
error-summary-title = هناك مشكلة
# Read out before each error message, hidden on screen.
error-prefix = خطأ:
# Put in front of the page title while the page shows errors.
page-title-error = خطأ: { $title }
character-count-remaining = { $count ->
    [zero] لم يتبقَّ لديك أي حرف
    [one] يتبقّى لديك حرف واحد
    [two] يتبقّى لديك حرفان
    [few] يتبقّى لديك { $count } أحرف
    [many] يتبقّى لديك { $count } حرفًا
   *[other] يتبقّى لديك { $count } حرف
}
character-count-over = { $count ->
    [zero] لا توجد أحرف زائدة عن الحد
    [one] هناك حرف واحد زائد عن الحد
    [two] هناك حرفان زائدان عن الحد
    [few] هناك { $count } أحرف زائدة عن الحد
    [many] هناك { $count } حرفًا زائدًا عن الحد
   *[other] هناك { $count } حرف زائد عن الحد
}
date-day = اليوم
date-month = الشهر
date-year = السنة
date-error-month = يُرجى إدخال الشهر كرقم من 1 إلى 12
date-error-year = يُرجى إدخال السنة من 4 أرقام، مثل 2025
date-error-real = يُرجى إدخال تاريخ صحيح، مثل ⁦27 3 2025⁩، أو الشهر والسنة فقط، مثل ⁦3 2025⁩
date-error-future = يجب أن يكون التاريخ اليوم أو في الماضي

## What would you like to do?

kind-question = ماذا تريد أن تفعل؟
kind-complaint = تقديم شكوى
kind-complaint-hint = حدث خطأ ما، أو لم تُرضِك خدمة أو قرار أو الطريقة التي عوملت بها.
kind-compliment = تقديم إشادة أو شكر
kind-compliment-hint = أخبرنا عن شيء أحسنّا فعله، أو عن شخص ساعدك.
kind-comment = تقديم تعليق أو اقتراح
kind-comment-hint = أخبرنا كيف يمكننا أن نحسّن عملنا.
kind-follow-up = متابعة شكوى قدّمتها من قبل
kind-follow-up-hint = اطلب الانتقال إلى المرحلة التالية، أو ذكّرنا بردّ تأخّر، أو اعرف متى يمكنك التوجه إلى أمين المظالم.
kind-error = يُرجى اختيار ما تريد فعله

## Is anyone at risk?

safety-question = هل هناك أحد في خطر أو معرَّض للأذى؟
safety-hint = قد يكون هذا الشخص أنت، أو طفلًا، أو شخصًا بالغًا يحتاج إلى رعاية ودعم.
safety-error = يُرجى اختيار «نعم» إذا كان هناك أحد في خطر أو معرَّض للأذى
safety-advice-heading = احصل على المساعدة الآن
safety-advice-emergency = إذا كان شخص ما في خطر داهم، اتصل بالرقم { $number } الآن.
safety-advice-safeguarding = إذا كنت قلقًا على سلامة طفل أو شخص بالغ يحتاج إلى رعاية ودعم، فاتصل بفرق الرعاية الاجتماعية لدينا. يمكنهم التصرف فورًا. أما الشكوى فتستغرق وقتًا أطول.
safety-advice-carry-on = ويمكنك أيضًا تقديم شكوى إلى جانب ذلك.
safety-advice-history = لا يحذف زر «الخروج من هذه الصفحة» سجلّ التصفح في متصفحك. إذا كان هناك شخص آخر قد يطّلع على هذا الجهاز، فاحذف السجل عندما تنتهي، أو استخدم نافذة تصفّح خاصة.
safety-advice-continue = متابعة شكواي

## Who is it for?

who-question = لمن هذه الشكوى؟
who-myself = لنفسي
who-someone-else = لشخص آخر
who-someone-else-hint = مثلًا، أحد أقاربك، أو صديق، أو شخص تعتني به.
who-professional = أنا مناصِر أو مختص أعمل نيابةً عن شخص ما
who-professional-hint = مثلًا، مناصِر (advocate)، أو أخصائي اجتماعي من جهة أخرى، أو محامٍ.
who-error = يُرجى اختيار لمن هذه الشكوى
representation-heading = معلومات عن الشخص الذي تقدّم الشكوى نيابةً عنه
their-name-label = الاسم الكامل لهذا الشخص
their-name-error = يُرجى إدخال الاسم الكامل للشخص الذي تقدّم الشكوى نيابةً عنه
their-name-too-long = يجب ألا يزيد اسمه على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
relationship-label = ما صلتك بهذا الشخص؟
relationship-hint = مثلًا، «أمي»، أو «جاري»، أو «أنا المناصِر الذي يساعده».
relationship-error = يُرجى إدخال صلتك بهذا الشخص
relationship-too-long = يجب ألا يزيد وصف صلتك به على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
consent-question = هل وافق هذا الشخص على أن تقدّم هذه الشكوى نيابةً عنه؟
consent-hint = نحتاج إلى إذنه لكي نتعامل معك بشأن شكواه، ولكي نطّلع على سجلاته. حتى مع وجود إذنه، قد لا نستطيع أن نخبرك بكل ما نتوصل إليه أو ما نقوم به.
consent-given = نعم، وافق على ذلك
consent-child = لا يمكنه الموافقة، لأنه طفل
consent-lacks-capacity = لا يمكنه الموافقة، لأنه غير قادر على اتخاذ هذا القرار
consent-lacks-capacity-hint = مثلًا، بسبب الخَرَف أو مرض خطير.
consent-died = لا يمكنه الموافقة، لأنه تُوفّي
consent-not-yet = ليس بعد
consent-error = يُرجى اختيار ما إذا كان الشخص قد وافق على أن تقدّم هذه الشكوى نيابةً عنه
consent-advice-heading = سنحتاج إلى إذنه
consent-advice-permission = قبل أن نبدأ النظر في الشكوى، سنحتاج إلى إذن الشخص لكي نتعامل معك. وسنتواصل معك لنشرح كيفية إعطاء هذا الإذن.
consent-advice-outcome = حتى مع وجود إذنه، قد لا نستطيع أن نخبرك بكل ما نتوصل إليه أو ما نقوم به، وذلك لحماية خصوصيته.
consent-advice-carry-on = يمكنك المتابعة وإخبارنا عن الشكوى الآن.
consent-advice-continue = متابعة

## What is it about?

topic-question = ما موضوع شكواك؟
topic-children = الرعاية الاجتماعية للأطفال
topic-children-hint = مثلًا، أخصائي اجتماعي يتابع طفلًا أو أسرة، أو رعاية الأطفال لدى أسر حاضنة، أو التبنّي، أو دار لرعاية الأطفال.
topic-adults = الرعاية الاجتماعية للبالغين
topic-adults-hint = مثلًا، المساعدة في المنزل، أو دار رعاية، أو تقييم احتياجات الرعاية، أو المدفوعات المباشرة (direct payments).
topic-other = خدمة أخرى من خدمات المجلس المحلي
topic-other-hint = مثلًا، السكن، أو صناديق القمامة وإعادة التدوير، أو الطرق، أو ضريبة المجلس المحلي (council tax)، أو القبول في المدارس. ويشمل ذلك الخدمات التي تقدّمها جهات أخرى نيابةً عنّا.
topic-child-protection = قرار اتُّخذ في اجتماع حماية الطفل (child protection conference)
topic-court = أمر قررته المحكمة أو تنظر فيه حاليًا
topic-first-request = طلب خدمة لأول مرة
topic-first-request-hint = مثلًا، طلب تقييم لاحتياجات الرعاية، أو الإبلاغ لأول مرة عن عدم جمع القمامة.
topic-error = يُرجى اختيار موضوع شكواك
care-question = مَن يتولى ترتيب الرعاية؟
care-council = المجلس المحلي يتولى ترتيبها
care-council-hint = حتى لو كنت تدفع جزءًا من التكلفة أو التكلفة كلها.
care-self-funded = أنا أو عائلتي نتولى ترتيبها ودفع تكاليفها
care-error = يُرجى اختيار مَن يتولى ترتيب الرعاية
self-funded-heading = إذا كنت تتولى ترتيب رعايتك ودفع تكاليفها بنفسك
self-funded-provider = قدّم شكواك أولًا إلى مقدّم الرعاية: أي وكالة الرعاية المنزلية أو دار الرعاية.
self-funded-question = هل تتعلق شكواك بشيء قام به المجلس المحلي؟
self-funded-hint = مثلًا، تقييم لاحتياجات الرعاية، أو قرار بشأن دفع تكاليف الرعاية، أو معلومات قدّمناها لك.
self-funded-error = يُرجى اختيار «نعم» إذا كانت شكواك تتعلق بشيء قام به المجلس المحلي

## Where to go instead

signpost-conference-heading = لقرارات اجتماعات حماية الطفل إجراءات خاصة بها
signpost-conference-body = لا يمكن لإجراءات الشكاوى تغيير قرار اتُّخذ في اجتماع حماية الطفل.
signpost-conference-next = تحدّث إلى رئيس الاجتماع أو إلى الأخصائي الاجتماعي إذا أردت الاعتراض على القرار. وما زال بإمكانك تقديم شكوى عن طريقة تعامل المجلس المحلي معك، مثل طريقة إدارة أحد الاجتماعات.
signpost-court-heading = المحاكم هي التي تنظر في شؤون المحاكم
signpost-court-body = لا يمكن لإجراءات الشكاوى النظر في أمر قررته المحكمة أو تنظر فيه حاليًا.
signpost-court-next = تحدّث إلى محاميك أو إلى المحكمة. وما زال بإمكانك تقديم شكوى عن شيء قام به المجلس المحلي ولا يدخل ضمن القضية المنظورة أمام المحكمة.
signpost-request-heading = اطلب من الخدمة أولًا
signpost-request-body = طلب خدمة لأول مرة يُعدّ طلبًا، وليس شكوى.
signpost-request-next = تواصل مع الخدمة واطلب منها ما تحتاج إليه. وإذا لم يساعدوك، أو لم يُرضِك ردّهم، يمكنك عندها تقديم شكوى.
signpost-provider-heading = قدّم شكواك إلى مقدّم الرعاية
signpost-provider-body = إذا كنت تتولى ترتيب رعايتك ودفع تكاليفها بنفسك، فقدّم شكواك أولًا إلى مقدّم الرعاية.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = قدّم شكواك إلى مؤسسة الصحة والرعاية الاجتماعية (Health and Social Care Trust) في منطقتك
signpost-trust-body = في أيرلندا الشمالية، تتولى مؤسسات الصحة والرعاية الاجتماعية (Health and Social Care Trusts)، وليس المجلس المحلي، إدارة الرعاية الاجتماعية للأطفال والبالغين. قدّم شكواك إلى المؤسسة التي تقدّم الرعاية، فلديها إجراءات الشكاوى الخاصة بها.
signpost-change = تغيير إجابتك
signpost-contact-heading = إذا لم تكن متأكدًا، فتواصل معنا

## Talking to the service first

talked-question = هل سبق أن تحدثت إلى الخدمة بشأن هذا الأمر؟
talked-hint = مثلًا، الشخص أو الفريق الذي تتعامل معه عادةً، أو مديرهم.
talked-error = يُرجى اختيار «نعم» إذا سبق أن تحدثت إلى الخدمة
talk-first-heading = التحدث إلى الخدمة كثيرًا ما يحل الأمور بسرعة
talk-first-quick = { $procedure ->
    [children] معظم المشاكل المتعلقة بالرعاية الاجتماعية للأطفال تُحَلّ «في الحال» على يد الشخص الذي تتعامل معه، أو على يد مديره خلال 10 أيام عمل.
    [adults] إذا أخبرت الخدمة بالمشكلة، فقد تتمكن من حلّها بحلول يوم العمل التالي.
   *[other] سيحاول فريق الشكاوى لدينا أولًا حلّ شكواك بسرعة وبشكل غير رسمي مع الخدمة المعنية. ويُسمّى هذا «الحل المبكر».
}
talk-first-carry-on = ليس عليك أن تتحدث إلى الخدمة أولًا. يمكنك متابعة شكواك الآن.
talk-first-continue = متابعة شكواي

## When did it happen?

when-heading = متى حدث ذلك؟
when-happened = متى حدث الأمر، أو متى بدأ
when-happened-hint = مثلًا، ⁦27 3 2025⁩. إذا كنت لا تعرف اليوم، فأدخل الشهر والسنة فقط.
when-still-happening = ما زال يحدث
when-found-out = متى علمت بالأمر، إذا كان ذلك لاحقًا (اختياري)
when-found-out-hint = مثلًا، ⁦3 2025⁩. اترك هذا الحقل فارغًا إذا كنت قد علمت بالأمر وقت حدوثه.
when-error-missing = يُرجى إدخال متى حدث الأمر، أو اختيار أنه ما زال يحدث
when-error-found-out-before = يجب أن يكون تاريخ علمك بالأمر هو تاريخ حدوثه نفسه أو بعده
late-question = لماذا تقدّم الشكوى الآن؟
late-hint = { $months ->
    [zero] تُقدَّم الشكاوى عادةً خلال { $months } شهر من وقوع الأمر أو من الوقت الذي علمت فيه به. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [one] تُقدَّم الشكاوى عادةً خلال شهر واحد من وقوع الأمر أو من الوقت الذي علمت فيه به. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [two] تُقدَّم الشكاوى عادةً خلال شهرين من وقوع الأمر أو من الوقت الذي علمت فيه به. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [few] تُقدَّم الشكاوى عادةً خلال { $months } أشهر من وقوع الأمر أو من الوقت الذي علمت فيه به. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [many] تُقدَّم الشكاوى عادةً خلال { $months } شهرًا من وقوع الأمر أو من الوقت الذي علمت فيه به. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
   *[other] تُقدَّم الشكاوى عادةً خلال { $months } شهر من وقوع الأمر أو من الوقت الذي علمت فيه به. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [zero] تُقدَّم الشكاوى عادةً خلال { $months } شهر من وقوع الأمر. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [one] تُقدَّم الشكاوى عادةً خلال شهر واحد من وقوع الأمر. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [two] تُقدَّم الشكاوى عادةً خلال شهرين من وقوع الأمر. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [few] تُقدَّم الشكاوى عادةً خلال { $months } أشهر من وقوع الأمر. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
    [many] تُقدَّم الشكاوى عادةً خلال { $months } شهرًا من وقوع الأمر. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
   *[other] تُقدَّم الشكاوى عادةً خلال { $months } شهر من وقوع الأمر. ولكن ما زال بإمكاننا النظر في شكواك إذا كان هناك سبب وجيه لعدم تقديمها في وقت أبكر، مثل المرض أو عدم معرفتك بأنه يحق لك تقديم شكوى، وكان لا يزال من الممكن النظر فيها بشكل عادل وسليم.
}
late-error = يُرجى إخبارنا لماذا تقدّم الشكوى الآن
late-too-long = يجب ألا تزيد إجابتك على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}

## Your complaint or message

service-question = بأي خدمة أو فريق يتعلق الأمر؟
service-hint = مثلًا، العمل الاجتماعي مع الأطفال، أو الرعاية المنزلية، أو إصلاحات المساكن. إذا لم تكن متأكدًا، فأخبرنا بما تعرفه.
service-error = يُرجى إدخال الخدمة أو الفريق المعنيّ
service-too-long = يجب ألا يزيد اسم الخدمة على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
message-question = ما الذي تودّ إخبارنا به؟
message-hint = إذا كان الأمر يتعلق بشخص ما، فاذكر اسمه إن كنت تعرفه.
message-error = يُرجى إدخال ما تودّ إخبارنا به
message-too-long = يجب ألا تزيد رسالتك على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
what-happened-question = ماذا حدث؟
what-happened-hint = أخبرنا بما حدث من خطأ، ومتى حدث، ومَن كان له علاقة به. واذكر أي شيء تعتقد أنه سيساعدنا على فهم ما جرى.
what-happened-error = يُرجى إدخال ما حدث
what-happened-too-long = يجب ألا يزيد وصف ما حدث على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
put-right-question = ماذا تريد منّا أن نفعل لتصحيح الأمور؟
put-right-hint = مثلًا، اعتذار، أو إعادة النظر في قرار، أو تغيير في إحدى الخدمات.
put-right-error = يُرجى إدخال ما تريد منّا فعله لتصحيح الأمور
put-right-too-long = يجب ألا تزيد إجابتك على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = أضف خطابات أو صورًا أو مستندات
evidence-hint = ليس عليك أن تضيف أي شيء. إذا كان لديك ما يُظهر ما حدث، مثل خطاب أو خطة رعاية أو فاتورة أو صورة، فيمكنك إضافته هنا.
evidence-rules = { $files ->
    [zero] يمكنك إضافة { $files } ملف كحد أقصى.
    [one] يمكنك إضافة ملف واحد فقط.
    [two] يمكنك إضافة ملفين كحد أقصى.
    [few] يمكنك إضافة { $files } ملفات كحد أقصى.
    [many] يمكنك إضافة { $files } ملفًا كحد أقصى.
   *[other] يمكنك إضافة { $files } ملف كحد أقصى.
} يجب أن يكون حجم كل ملف أقل من { $each }، وأن يكون حجم الملفات كلها معًا أقل من { $total }.
evidence-kinds = أنواع الملفات التي يمكنك إضافتها: { $kinds }
evidence-photos = قبل أن تخرج أي صورة JPEG من جهازك، نحذف منها معلومات المكان الذي التُقطت فيه وغيرها من التفاصيل المخفية. أما الصورة نفسها فلا تتغيّر. وتُرسَل الملفات الأخرى كما هي، بما في ذلك الأنواع الأخرى من الصور.
evidence-choose = اختيار ملفات
evidence-drop = أو اسحب الملفات وأفلِتها هنا
evidence-added-heading = الملفات المضافة
evidence-remove = إزالة
evidence-adding = جارٍ إضافة { $name }…
evidence-added = تمت إضافة { $name }
evidence-removed = تمت إزالة { $name }
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (إصدار أقدم)
evidence-kind-text = نص
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } كيلوبايت
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } ميغابايت
evidence-file = { $name } ({ $size })
attachment-error-empty = الملف { $name } فارغ
attachment-error-too-big = يجب أن يكون حجم الملف { $name } أقل من { $limit }
attachment-error-type = الملف { $name } ليس من أنواع الملفات التي يمكنك إضافتها. يجب أن يكون من هذه الأنواع: { $kinds }
attachment-error-too-many = لم تتم إضافة الملف { $name }: { $limit ->
    [zero] يمكنك إضافة { $limit } ملف كحد أقصى
    [one] يمكنك إضافة ملف واحد فقط
    [two] يمكنك إضافة ملفين كحد أقصى
    [few] يمكنك إضافة { $limit } ملفات كحد أقصى
    [many] يمكنك إضافة { $limit } ملفًا كحد أقصى
   *[other] يمكنك إضافة { $limit } ملف كحد أقصى
}
attachment-error-total = لم تتم إضافة الملف { $name }: يجب أن يكون حجم ملفاتك كلها معًا أقل من { $limit }
attachment-error-duplicate = سبقت إضافة الملف { $name }
attachment-error-photo = تعذّرت قراءة الملف { $name } كصورة. احفظه مرة أخرى أو اختر ملفًا آخر
attachment-error-unreadable = تعذّرت قراءة الملف { $name }. اختره مرة أخرى
attachment-error-lost = لم يعد الملف { $name } موجودًا على هذا الجهاز. أضفه مرة أخرى أو أزِله

## How you would like it handled

handling-question = كيف تريد أن نتعامل مع شكواك؟
handling-hint = سنتحدث معك في هذا الأمر ونتفق عليه معك.
handling-error = يُرجى اختيار الطريقة التي تريد أن نتعامل بها مع شكواك
resolution-on-the-spot = حلّها فورًا مع الشخص الذي أتعامل معه
resolution-local = أن ينظر فيها أحد المديرين بسرعة
resolution-next-working-day = محاولة حلّها بحلول يوم العمل التالي
resolution-early = محاولة حلّها أولًا بسرعة وبشكل غير رسمي
resolution-meeting = مناقشتها في اجتماع
resolution-formal-investigation = تحقيق رسمي، مع ردّ مكتوب
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = إذا حُلّ الأمر بما يرضيك بحلول نهاية يوم العمل التالي، فلن يُسجَّل بوصفه شكوى، ولن يكون بإمكانك لاحقًا إثارة الأمر نفسه من خلال إجراءات الشكاوى.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = للأمور الخطيرة. سنخبرك إن كنا نوافق على البدء بتحقيق رسمي. وإذا لم نوافق، فسيُنظر في الأمر أولًا في المرحلة الأولى.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = لن نحاول حلّ الأمر أولًا بشكل غير رسمي: ستنتقل شكواك مباشرةً إلى التحقيق في المرحلة الأولى.
meeting-question = هل تريد أن تلتقي بنا للحديث عن شكواك؟
meeting-hint = يمكن أن يكون اللقاء وجهًا لوجه، أو عبر الهاتف، أو بمكالمة فيديو.
meeting-error = يُرجى اختيار «نعم» إذا كنت تريد أن تلتقي بنا

## Your records

records-question = هل يمكننا الاطلاع على السجلات التي لدينا بشأن هذا الأمر؟
records-hint = لكي ننظر في شكواك كما ينبغي، نحتاج إلى الاطلاع على السجلات التي لدينا عنك، أو عن الشخص الذي تقدّم الشكوى نيابةً عنه. ولن يطّلع عليها إلا الأشخاص الذين ينظرون في شكواك. وإذا احتجنا إلى التحدث مع هيئة الخدمات الصحية الوطنية (NHS) أو مع جهات تقدّم خدمات نيابةً عنّا، مثل دور الرعاية، فسنطلب إذنك قبل أن نشارك معلوماتك معها.
records-error = يُرجى اختيار «نعم» إذا كان بإمكاننا الاطلاع على السجلات

## Confidentiality

confidentiality-heading = الحفاظ على السرية
confidentiality-who = لن يطّلع على شكواك إلا الأشخاص الذين يحتاجون إلى معرفتها: أي الذين ينظرون فيها، والذين يستطيعون تصحيح الأمور.
confidentiality-limit = إذا أخبرتنا عن جريمة، أو عن خطر يهدد سلامة طفل أو شخص بالغ يحتاج إلى رعاية ودعم، فلا يمكننا إبقاء ذلك سرًّا. وسنساعد في التأكد من إبلاغ الأشخاص المعنيين واتخاذ الإجراء المناسب.
confidential-question = هل هناك أي شيء تريد منّا أن نبقيه سرًّا؟
confidential-hint = سنحاول احترام رغبتك، لكن ذلك قد يجعل معرفة ما حدث وتصحيح الأمور أصعب.
confidential-error = يُرجى اختيار «نعم» إذا كان هناك شيء تريد منّا أن نبقيه سرًّا
confidential-detail-label = ما الذي تريد منّا أن نبقيه سرًّا؟ (اختياري)
confidential-detail-too-long = يجب ألا تزيد إجابتك على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}

## Support

support-heading = المساعدة والدعم
support-question = هل تحتاج إلى أي مما يلي لتتمكن من المشاركة في إجراءات شكواك؟
support-hint = اختر كل ما ينطبق عليك.
support-interpreter = مترجم فوري
support-bsl = مترجم لغة الإشارة البريطانية (BSL)
support-braille = رسائل بطريقة برايل
support-large-print = رسائل بخط كبير
support-easy-read = مستندات سهلة القراءة (Easy Read)
support-audio = تسجيلات صوتية
support-advocacy = مساعدة من مناصِر أو منظمة دعم
interpreter-language-label = بأي لغة؟
interpreter-language-error = يُرجى إدخال اللغة التي تحتاج إلى مترجم فوري لها
advocacy-intro = يمكن لهذه المنظمات مساعدتك على إيصال صوتك. وهي مستقلة عن المجلس المحلي. يمكنك التواصل معها بنفسك، أو يمكننا أن نساعدك في التواصل معها.
reply-language-label = بأي لغة تريد أن نكتب إليك؟ (اختياري)
reply-language-hint = اترك هذا الحقل فارغًا لتصلك الردود باللغة التي تستخدمها الآن.
helper-label = هل يساعدك أحد في شكواك؟ (اختياري)
helper-hint = أخبرنا باسمه، لكي نعرف مَن هو إذا تواصل معنا.
contact-too-long = يجب ألا يزيد هذا على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}

## Contact details

contact-heading = بيانات الاتصال بك
contact-heading-optional = إذا رغبت في الحصول على ردّ
contact-optional-intro = ليس عليك ذكر اسمك أو بيانات الاتصال بك. لكن من دونها لا يمكننا الرد عليك.
full-name-label = الاسم الكامل
full-name-label-optional = الاسم الكامل (اختياري)
full-name-error = يُرجى إدخال اسمك الكامل
contact-method-question = كيف تريد أن نتواصل معك؟
contact-method-hint = اختر كل ما ينطبق عليك.
contact-method-hint-optional = اختر كل ما ينطبق عليك، أو اترك الخيارات كلها دون اختيار إذا كنت لا تريد ردًّا.
contact-method-error = يُرجى اختيار طريقة واحدة على الأقل للتواصل معك
contact-by-email = البريد الإلكتروني
contact-by-phone = الهاتف
contact-by-post = البريد العادي
email-label = عنوان البريد الإلكتروني
email-error-empty = يُرجى إدخال عنوان بريدك الإلكتروني
email-error-format = يُرجى إدخال عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
phone-label = رقم الهاتف
phone-hint = إذا كان الرقم دوليًا، فأضف رمز البلد.
phone-error-empty = يُرجى إدخال رقم هاتفك
phone-error-format = يُرجى إدخال رقم هاتف، مثل ⁦01632 960 001⁩ أو ⁦07700 900 982⁩ أو ⁦+44 808 157 0192⁩
best-time-label = ما أفضل وقت للاتصال بك؟ (اختياري)
best-time-hint = مثلًا، صباحًا من الاثنين إلى الجمعة.
address-line1-label = سطر العنوان الأول
address-line1-error = يُرجى إدخال السطر الأول من عنوانك
address-line2-label = سطر العنوان الثاني (اختياري)
address-town-label = البلدة أو المدينة
address-town-error = يُرجى إدخال بلدتك أو مدينتك
postcode-label = الرمز البريدي
postcode-error-empty = يُرجى إدخال الرمز البريدي
postcode-error-format = يُرجى إدخال رمز بريدي صحيح، مثل S70 2TA

## Check your answers

check-heading = راجع إجاباتك قبل الإرسال
check-change = تغيير
check-found-out = تاريخ العلم بالأمر: { $date }
check-meeting-yes = أودّ عقد لقاء
check-meeting-no = لا أحتاج إلى لقاء
check-interpreter = مترجم فوري: { $language }
check-reply-language = لغة الرد: { $language }
check-helper = بمساعدة: { $name }
check-no-support = لا حاجة إلى دعم
check-no-evidence = لم تُضَف أي ملفات
check-no-reply = لا حاجة إلى ردّ
check-reply-by = الرد عن طريق: { $ways }
check-send-heading-complaint = أرسل شكواك الآن
check-send-heading-feedback = أرسل رسالتك الآن
check-send-body = بإرسال هذه المعلومات، فإنك تؤكد أن ما أخبرتنا به صحيح على حد علمك.
check-send-complaint = إرسال الشكوى
check-send-feedback = إرسال
check-send-heading-follow-up = أرسل طلبك الآن
check-send-follow-up = إرسال الطلب
check-earlier-reference = الرقم المرجعي: { $reference }
check-complained = تاريخ تقديم الشكوى: { $date }
check-sending = جارٍ الإرسال…
# While the person's files are sent, before their answers.
check-sending-file = جارٍ إرسال الملف { $number } من { $count }…
check-send-failed = لم يتم الإرسال بعد
check-send-kept = إجاباتك ما زالت محفوظة هنا، ولم يضِع منها شيء.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = لم نتمكن من الوصول إلى نظام المجلس المحلي. تأكد من أنك متصل بالإنترنت.
send-problem-timed-out = استغرق نظام المجلس المحلي وقتًا طويلًا جدًا في الرد.
send-problem-server = حدثت مشكلة في نظام المجلس المحلي.
send-problem-busy = نظام المجلس المحلي مشغول في الوقت الحالي.
send-problem-rejected = لم يتمكن نظام المجلس المحلي من قبولها، ولن تفيد إعادة المحاولة. نزّل نسخة من إجاباتك أو أرسلها بالبريد الإلكتروني بدلًا من ذلك.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [zero] سنحاول مرة أخرى الآن.
    [one] سنحاول مرة أخرى بعد ثانية واحدة.
    [two] سنحاول مرة أخرى بعد ثانيتين.
    [few] سنحاول مرة أخرى بعد { $seconds } ثوانٍ.
    [many] سنحاول مرة أخرى بعد { $seconds } ثانيةً.
   *[other] سنحاول مرة أخرى بعد { $seconds } ثانية.
}
send-offline = أنت غير متصل بالإنترنت. سيتم الإرسال فور عودة اتصالك بالإنترنت، لذا أبقِ هذه الصفحة مفتوحة.
send-try-again = إعادة المحاولة
send-download-copy = تنزيل نسخة من إجاباتك
send-by-email = الإرسال بالبريد الإلكتروني بدلًا من ذلك
# Shown when the council takes submissions by email only.
send-email-explain = سيُفتح برنامج البريد الإلكتروني لديك وفيه رسالة موجَّهة إلينا مكتوبة فيها إجاباتك. ولن تصل إجاباتك إلينا إلا عندما ترسل تلك الرسالة.
send-email-open = فتح رسالة بريد إلكتروني فيها إجاباتي
send-email-too-long = إجاباتك أطول من أن يتّسع لها رابط بريد إلكتروني واحد، لذا لن تحتوي الرسالة إلا على بدايتها. نزّل نسخة من إجاباتك وأرفقها برسالة البريد الإلكتروني.
send-email-rest-attached = [إجاباتي أطول من أن يتّسع لها رابط بريد إلكتروني واحد: بقيّتها موجودة في النسخة التي أرفقتُها.]
send-email-attach = لا يمكننا أن نضع ملفاتك في رسالة البريد الإلكتروني بدلًا منك. أرفقها بالرسالة بنفسك قبل أن ترسلها:
send-email-kept = تبقى إجاباتك هنا إلى أن تخبرنا بأن الرسالة قد أُرسلت.
send-email-done = لقد أرسلتُ رسالة البريد الإلكتروني

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = شكوى رقم { $reference }
copy-subject-compliment = إشادة أو شكر رقم { $reference }
copy-subject-comment = تعليق أو اقتراح رقم { $reference }
copy-subject-follow-up = متابعة شكوى رقم { $reference }
copy-reference = الرقم المرجعي: { $reference }
copy-sent = وقت الإرسال: { $time } (بتوقيت المملكة المتحدة)
copy-english-heading = باللغة الإنجليزية، لموظفي المجلس المحلي:
copy-id = معرّف الإرسال (Submission ID): { $id }

## Confirmation

confirmation-heading-complaint = تم إرسال الشكوى
confirmation-heading-feedback = تم إرسال الرسالة
confirmation-heading-follow-up = تم إرسال الطلب
# $stage is the name of the stage asked for.
confirmation-follow-up-next = لقد طلبت «{ $stage }». تُحسب هذه المواعيد من اليوم.
confirmation-follow-up-chase = وصلنا تذكيرك. سنخبرك لماذا تأخّر ردّنا ومتى سيصلك.
confirmation-reference = رقمك المرجعي
# Shown when the answers went by the person's email program.
confirmation-by-email = تصلنا إجاباتك عندما تصل رسالتك الإلكترونية إلينا. وإذا لم تُرسَل الرسالة، فاكتب إلى { $email } واذكر رقمك المرجعي، { $reference }.
confirmation-not-sent = هذه نسخة تجريبية من الخدمة. ما أرسلته احتفظ به مستقبِل تجريبي على هذا الحاسوب، ولم يصل إلى { $council }.
confirmation-next-heading = ماذا سيحدث بعد ذلك
confirmation-feedback-next = سننقل رسالتك إلى الخدمة المعنية. وإذا طلبت ردًّا، فسنتواصل معك.
confirmation-copy-heading = نسخة من إجاباتك
confirmation-print = طباعة هذه الصفحة
confirmation-start-again = تقديم شكوى أخرى أو ملاحظات أخرى

## Following up a complaint already made

earlier-heading = معلومات عن شكواك
earlier-reference = رقمك المرجعي (اختياري)
earlier-reference-hint = تجده في رسالة البريد الإلكتروني أو الخطاب الذي وصلك عندما قدّمت الشكوى، مثل RDX-7K3P-Q9MA. يمكنك ترك هذا الحقل فارغًا.
earlier-reference-too-long = يجب ألا يزيد رقمك المرجعي على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
earlier-complained = متى قدّمت الشكوى؟
earlier-complained-hint = مثلًا، ⁦20 11 2026⁩. إذا كنت لا تعرف اليوم، فأدخل الشهر والسنة فقط.
earlier-complained-error = يُرجى إدخال متى قدّمت الشكوى، أو الشهر والسنة فقط
standing-question = أين وصلت شكواك الآن؟
standing-waiting = أنتظر ردّكم
standing-answered = وصلني ردّكم
standing-extended = أخبرتموني أنكم تحتاجون إلى وقت أطول، وأعطيتموني موعدًا جديدًا
standing-error = يُرجى اختيار أين وصلت شكواك الآن
earlier-stage-question-waiting = في أي مرحلة شكواك؟
earlier-stage-question-answered = لأي مرحلة كان ردّنا؟
earlier-stage-hint = تذكر خطاباتنا ورسائلنا الإلكترونية إليك المرحلة التي وصلت إليها شكواك.
earlier-stage-error = يُرجى اختيار المرحلة
stage-date-answered = متى وصلك ردّنا؟
stage-date-asked = متى طلبت هذه المرحلة؟
stage-date-hint = مثلًا، ⁦20 11 2026⁩. إذا كنت لا تعرف اليوم، فأدخل الشهر والسنة فقط.
stage-date-error = يُرجى إدخال التاريخ، أو الشهر والسنة فقط
stage-date-error-before = يجب أن يكون التاريخ هو يوم تقديم الشكوى نفسه أو بعده
extended-to-question = ما الموعد الجديد الذي أعطيناك إياه؟
extended-to-hint = مثلًا، ⁦29 1 2027⁩.
extended-to-error = يُرجى إدخال الموعد الجديد، مع اليوم
extended-to-error-real = يُرجى إدخال تاريخ صحيح، مثل ⁦29 1 2027⁩
extended-to-error-before = يجب أن يكون الموعد الجديد بعد اليوم الذي طلبت فيه هذه المرحلة
follow-up-answer-heading = شكواك: ما يمكنك فعله الآن
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = لا نستطيع حساب المواعيد من إجاباتك. راجع التواريخ التي ذكرتها لنا.
follow-up-error-complained-after = يوم تقديم الشكوى يقع بعد اليوم الذي ذكرته لهذه المرحلة. راجع التاريخين.
follow-up-error-extended-before = الموعد الجديد الذي أعطيناك إياه يقع قبل اليوم الذي طلبت فيه هذه المرحلة. راجع التاريخين.
follow-up-check-dates = مراجعة التواريخ
follow-up-late-heading = ردّنا متأخر
follow-up-late = كان يجب أن نرسل إليك ردّنا بحلول { $date }.
follow-up-late-what = يمكنك أن ترسل إلينا تذكيرًا من الأسفل. سنخبرك لماذا تأخّر ردّنا ومتى سيصلك.
follow-up-due-heading = متى يحين موعد ردّنا
follow-up-due = يجب أن نرسل إليك ردّنا بحلول { $date }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = يحين موعد ردّنا بين { $earliest } و{ $latest }، بحسب اليوم الذي قدّمت فيه طلبك. وإذا لم يصلك بحلول ذلك الوقت، فهو متأخر.
follow-up-due-extended = هذا هو الموعد الجديد الذي أعطيناك إياه.
follow-up-due-allowed = إذا احتجنا إلى وقت أطول، تسمح لنا إجراءاتنا بالرد حتى { $date } كحد أقصى، وسنخبرك بالسبب.
follow-up-due-beyond-allowed = هذا الموعد أبعد مما تسمح به إجراءاتنا: { $date } كحد أقصى. يمكنك أن تسألنا عن السبب.
follow-up-due-wait = إذا لم يصلك ردّنا بحلول ذلك الوقت، فعُد إلى هنا لترسل إلينا تذكيرًا.
# $stage is the next stage's name.
follow-up-next-heading = طلب «{ $stage }»
follow-up-next-council-decides = نحن نقرّر ما إذا كانت هذه المرحلة ستُجرى. وإذا لم تُجرَ، فسنكتب إليك لنوضّح السبب.
follow-up-ask-by = قدّم طلبك بحلول { $date }.
follow-up-ask-by-depends = آخر يوم لتقديم الطلب يقع بين { $earliest } و{ $latest }، بحسب اليوم الذي وصلك فيه ردّنا. قدّم طلبك في أقرب وقت ممكن.
follow-up-ask-by-passed = كان آخر يوم لتقديم الطلب هو { $date }. وما زال بإمكانك تقديمه: أخبرنا لماذا تقدّمه الآن. نحن نقرّر ما إذا كنا سنقبل طلبًا متأخرًا، وإذا لم نقبله، فقد ينظر أمين المظالم في شكواك رغم ذلك.
follow-up-ask-by-none = لا يوجد آخر يوم لتقديم الطلب، لكن من الأفضل أن تقدّمه قريبًا، ما دامت التفاصيل حاضرة في ذهنك.
follow-up-if-asked-today = إذا قدّمت طلبك اليوم:
follow-up-ombudsman-heading = التوجه إلى أمين المظالم
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = يمكنك الآن أن تطلب من { $ombudsman } النظر في شكواك. وخدماته مجانية ومستقلة، ولا ينحاز إلى أي طرف.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = يكون ذلك بحلول { $date } كحد أقصى، وفي وقت أبكر إذا كنت قد علمت بالمشكلة قبل أن تقدّم الشكوى.
follow-up-ombudsman-by = يكون ذلك بحلول { $date }.
follow-up-ombudsman-passed = لقد مضى ذلك اليوم. وقد ينظر أمين المظالم في شكواك رغم ذلك إذا كان هناك سبب وجيه منعك من التوجه إليه في وقت أبكر: أخبره بهذا السبب.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = ينظر { $ombudsman } عادةً في الشكوى بعد أن ننتهي من التعامل معها: بعد «{ $stage }».
follow-up-request-question = ماذا تريد أن تفعل؟
follow-up-request-next = طلب الانتقال إلى المرحلة التالية
follow-up-request-chase = إرسال تذكير إلينا
follow-up-request-chase-hint = اسأل لماذا تأخّر ردّنا ومتى سيصلك.
follow-up-request-error = يُرجى اختيار ما تريد فعله
unresolved-question = ما الذي لا يزال لا يُرضيك؟
unresolved-hint = أخبرنا بما لا توافق عليه في ردّنا، وما لم يُصحَّح بعد، وما تريد أن يحدث. وإذا كنت تقدّم طلبك بعد آخر يوم، فأخبرنا بالسبب.
unresolved-error = يُرجى إدخال ما لا يزال لا يُرضيك
unresolved-too-long = يجب ألا يزيد وصف ما لا يزال لا يُرضيك على { $max ->
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}

## What happens next: dates

timeline-due = { $what }: بحلول { $due }
timeline-due-extendable = { $what }: بحلول { $due }، أو بحلول { $latest } كحد أقصى إذا احتاج الأمر إلى وقت أطول
timeline-waiting = { $what }: سنخبرك بالموعد
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = لا يوجد موعد محدد لهذا: سنتواصل معك.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = لقد طلبت منّا البدء من «{ $stage }». سنخبرك إن كنا نوافق على ذلك. وإذا لم نوافق، فستبدأ شكواك من «{ $otherwise }».
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = فقط إذا لم نوافق على البدء من «{ $stage }».

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = إجراءات الشكاوى الخاصة بالرعاية الاجتماعية للبالغين
procedure-children-statutory-england = إجراءات الشكاوى الخاصة بالرعاية الاجتماعية للأطفال
procedure-general-barnsley = إجراءات الشكاوى في المجلس المحلي
procedure-general-council-000 = إجراءات الشكاوى في المجلس المحلي
procedure-lgsco-complaint-handling-code = إجراءات الشكاوى في المجلس المحلي
procedure-northern-ireland-nipso-model = إجراءات الشكاوى في المجلس المحلي
procedure-scotland-spso = إجراءات التعامل مع الشكاوى
procedure-wales-psow-model = إجراءات الشكاوى في المجلس المحلي
procedure-wales-social-services = إجراءات الشكاوى الخاصة بالخدمات الاجتماعية
stage-adult-complaint = شكواك
stage-early-resolution = الحل المبكر
stage-formal-investigation = المرحلة الثانية: تحقيق رسمي
stage-informal-resolution = المرحلة الأولى: حل غير رسمي
stage-frontline-response = المرحلة الأولى: ردّ سريع
stage-independent-investigation = المرحلة الثانية: تحقيق مستقل
stage-investigation = المرحلة الأولى: تحقيق
stage-local-resolution = المرحلة الأولى: ينظر فيها أحد المديرين
stage-next-working-day = الحل بحلول يوم العمل التالي
stage-on-the-spot = الحل في الحال
stage-review = المرحلة الثانية: مراجعة
stage-review-panel = المرحلة الثالثة: لجنة مراجعة مستقلة
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = ينظر شخص من خارج الفريق في شكواك ويكتب تقريرًا. ثم يرسل إليك أحد كبار المديرين ردّنا.
stage-review-panel-about = ينظر ثلاثة أشخاص مستقلين في الوضع بأكمله، ويلتقون بك للاستماع إلى ما تريد قوله. ويقرّرون ما إذا كان التحقيق عادلًا، وما إذا كانت استنتاجاته معقولة، وما إذا كان من الممكن فعل المزيد.
stage-review-about = إذا لم تكن راضيًا عن ردّنا في المرحلة الأولى، يعمل فريقنا معك على المسائل التي ترى أنها ما زالت بلا إجابة. والمراجعة ليست تحقيقًا جديدًا. ويقرّر مدير تنفيذي رفيع المستوى ما إذا كانت ستُجرى مراجعة؛ وإذا لم تُجرَ، فسنكتب إليك لنوضّح السبب.
stage-stage1 = المرحلة الأولى
stage-stage2 = المرحلة الثانية
stage-stage2-investigation = المرحلة الثانية: تحقيق
stage-talk-to-the-service = التحدث إلى الخدمة
milestone-acknowledgement = نبلغك باستلام شكواك ونعرض عليك لقاءً
milestone-completion = ننتهي من النظر في شكواك
milestone-early-resolution = نسعى إلى حلّها
milestone-next-working-day-resolution = نسعى إلى تصحيح الأمر
milestone-stage1-acknowledgement = نبلغك باستلام شكواك
milestone-stage1-contact = يتواصل فريقنا معك
milestone-stage1-discussion = نتحدث معك عن كيفية حلّها
milestone-stage1-response = نرسل إليك ردّنا
milestone-stage2-acknowledgement = نبلغك باستلام طلبك للانتقال إلى المرحلة الثانية
milestone-stage2-response = نرسل إليك تقرير التحقيق وردّنا
milestone-stage2-review = ننتهي من المراجعة
milestone-stage3-panel-meeting = تجتمع لجنة المراجعة
milestone-stage3-panel-report = ترسل لجنة المراجعة تقريرها
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = { $count ->
    [two] يمكنك طلب الانتقال إلى المرحلة الثانية خلال { $count } يومَي عمل بعد ردّنا في المرحلة الأولى.
    [few] يمكنك طلب الانتقال إلى المرحلة الثانية خلال { $count } أيام عمل بعد ردّنا في المرحلة الأولى.
   *[other] يمكنك طلب الانتقال إلى المرحلة الثانية خلال { $count } يوم عمل بعد ردّنا في المرحلة الأولى.
}
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = { $count ->
    [two] يمكنك طلب لجنة مراجعة خلال { $count } يومَي عمل بعد ردّنا في المرحلة الثانية.
    [few] يمكنك طلب لجنة مراجعة خلال { $count } أيام عمل بعد ردّنا في المرحلة الثانية.
   *[other] يمكنك طلب لجنة مراجعة خلال { $count } يوم عمل بعد ردّنا في المرحلة الثانية.
}
milestone-stage3-response = نردّ على تقرير اللجنة
ombudsman-lgsco = أمين المظالم للحكومة المحلية والرعاية الاجتماعية (Local Government and Social Care Ombudsman)
ombudsman-psow = أمين المظالم للخدمات العامة في ويلز (Public Services Ombudsman for Wales)
ombudsman-spso = أمين المظالم للخدمات العامة في اسكتلندا (Scottish Public Services Ombudsman)
ombudsman-nipso = أمين المظالم للخدمات العامة في أيرلندا الشمالية (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = إذا كنت لا تزال غير راضٍ
# $ombudsman is the Ombudsman's name.
ombudsman-intro = يمكنك أن تطلب من { $ombudsman } النظر في شكواك. وخدماته مجانية ومستقلة، ولا ينحاز إلى أي طرف.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [zero] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } شهر من الوقت الذي علمت فيه بالمشكلة أول مرة، وليس خلال { $months } شهر من تاريخ ردّنا.
    [one] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال شهر واحد من الوقت الذي علمت فيه بالمشكلة أول مرة، وليس خلال شهر واحد من تاريخ ردّنا.
    [two] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال شهرين من الوقت الذي علمت فيه بالمشكلة أول مرة، وليس خلال شهرين من تاريخ ردّنا.
    [few] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } أشهر من الوقت الذي علمت فيه بالمشكلة أول مرة، وليس خلال { $months } أشهر من تاريخ ردّنا.
    [many] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } شهرًا من الوقت الذي علمت فيه بالمشكلة أول مرة، وليس خلال { $months } شهرًا من تاريخ ردّنا.
   *[other] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } شهر من الوقت الذي علمت فيه بالمشكلة أول مرة، وليس خلال { $months } شهر من تاريخ ردّنا.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [zero] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } شهر من تاريخ ردّنا النهائي.
    [one] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال شهر واحد من تاريخ ردّنا النهائي.
    [two] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال شهرين من تاريخ ردّنا النهائي.
    [few] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } أشهر من تاريخ ردّنا النهائي.
    [many] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } شهرًا من تاريخ ردّنا النهائي.
   *[other] عادةً ما ينبغي أن تتوجه إلى أمين المظالم خلال { $months } شهر من تاريخ ردّنا النهائي.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = وبحسب التاريخ الذي ذكرته لنا، يكون ذلك بحلول { $date }.
ombudsman-early = يتوقع أمين المظالم عادةً أن ننتهي أولًا من التعامل مع شكواك. وإذا لم نردّ عليك خلال وقت معقول، فقد ينظر فيها في وقت أبكر.
ombudsman-ready = عندما تتواصل مع أمين المظالم، جهّز رقمك المرجعي، { $reference }، وردودنا عليك، وأي خطابات أو رسائل بريد إلكتروني أو أوراق تتعلق بشكواك.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = إذا لم يُرضِك ردّهم، يمكنك أن تطلب من { $body } النظر في الأمر.
regulator-cqc = هيئة جودة الرعاية (Care Quality Commission)
regulator-ciw = هيئة التفتيش على الرعاية في ويلز (Care Inspectorate Wales)
regulator-care-inspectorate = هيئة التفتيش على الرعاية في اسكتلندا (Care Inspectorate)
regulator-rqia = هيئة التنظيم وتحسين الجودة (Regulation and Quality Improvement Authority)
regulator-tell-cqc = يمكنك أيضًا إبلاغ هيئة جودة الرعاية (Care Quality Commission) بشكواك. فهي تتحقق من جودة خدمات الرعاية، لكنها لا تنظر في الشكاوى الفردية.
regulator-tell-ciw = يمكنك أيضًا إبلاغ هيئة التفتيش على الرعاية في ويلز (Care Inspectorate Wales) بشكواك. فهي تتحقق من جودة خدمات الرعاية، لكنها لا تنظر في الشكاوى الفردية.
regulator-tell-care-inspectorate = يمكنك أيضًا إبلاغ هيئة التفتيش على الرعاية في اسكتلندا (Care Inspectorate) بشكواك. فهي تتحقق من خدمات الرعاية، ويمكنها النظر في أي شكوى تتعلق بإحدى هذه الخدمات.
regulator-tell-rqia = يمكنك أيضًا إبلاغ هيئة التنظيم وتحسين الجودة (Regulation and Quality Improvement Authority, RQIA) بشكواك. فهي تتحقق من جودة خدمات الرعاية، لكنها لا تنظر في الشكاوى الفردية.

## Which procedure, and why

routing-reason-children = شكواك تتعلق بالرعاية الاجتماعية للأطفال، لذا ستتبع إجراءات الشكاوى الخاصة بالرعاية الاجتماعية للأطفال، وهي إجراءات يحددها القانون.
routing-reason-adults = شكواك تتعلق بالرعاية الاجتماعية للبالغين التي يرتّبها المجلس المحلي، لذا ستتبع إجراءات الشكاوى الخاصة بالرعاية الاجتماعية للبالغين، وهي إجراءات يحددها القانون.
routing-reason-adults-council-part = شكواك تتعلق بدور المجلس المحلي في رعايتك، لذا ستتبع إجراءات الشكاوى الخاصة بالرعاية الاجتماعية للبالغين، وهي إجراءات يحددها القانون.
routing-reason-adults-own-procedure = شكواك تتعلق بالرعاية الاجتماعية للبالغين التي يرتّبها المجلس المحلي. ويتعامل المجلس المحلي مع الشكاوى المتعلقة بالرعاية الاجتماعية للبالغين من خلال إجراءات الشكاوى الخاصة به.
routing-reason-adults-council-part-own-procedure = شكواك تتعلق بدور المجلس المحلي في رعايتك. ويتعامل المجلس المحلي مع الشكاوى المتعلقة بالرعاية الاجتماعية للبالغين من خلال إجراءات الشكاوى الخاصة به.
routing-reason-general = ستتبع شكواك إجراءات الشكاوى في المجلس المحلي.

## Exit this page

exit-button = الخروج من هذه الصفحة
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = طوارئ
exit-hint = أو اضغط على مفتاح Shift ثلاث مرات. سيتم مسح إجاباتك.
exit-shift-count = { $count ->
    [zero] مفتاح Shift: لم تبقَ أي ضغطة للخروج.
    [one] مفتاح Shift: بقيت ضغطة واحدة للخروج.
    [two] مفتاح Shift: بقيت ضغطتان للخروج.
    [few] مفتاح Shift: بقيت { $count } ضغطات للخروج.
    [many] مفتاح Shift: بقيت { $count } ضغطةً للخروج.
   *[other] مفتاح Shift: بقيت { $count } ضغطة للخروج.
}

## Your answers (footer)

answers-heading = إجاباتك
answers-kept-tab = تُحفظ إجاباتك في علامة التبويب هذه في المتصفح إلى أن ترسلها أو تغلق علامة التبويب.
answers-kept-device = إجاباتك محفوظة على هذا الجهاز إلى أن ترسلها أو تمسحها.
answers-shared-warning = لا تحفظ إجاباتك على هذا الجهاز إلا إذا كان لا يستخدمه أحد غيرك، لأن أي شخص يستخدمه يمكنه قراءتها.
answers-keep-device = حفظ إجاباتي على هذا الجهاز
answers-keep-tab = الاحتفاظ بإجاباتي في علامة التبويب هذه فقط
answers-clear = مسح إجاباتي
answers-clear-sure = سيؤدي هذا إلى حذف كل ما أخبرتنا به حتى الآن. هل أنت متأكد؟
answers-clear-yes = نعم، امسح إجاباتي
answers-clear-no = لا، احتفظ بها
answers-cleared = تم مسح إجاباتك.
# Links in the footer to pages of the council's own site.
footer-privacy = إشعار الخصوصية
footer-accessibility = بيان إمكانية الوصول
# The footer link to the council's complaints procedure.
footer-procedure = إجراءات الشكاوى في المجلس المحلي

## Calendar file

confirmation-calendar = أضف هذه المواعيد إلى تقويمك (ملف تقويم بصيغة ics)
ics-summary = { $what } (الشكوى رقم { $reference })
ics-description = شكواك إلى { $council }، الرقم المرجعي { $reference }.

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = اللغة
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
language-load-failed = نأسف، لم نتمكن من تحميل تلك اللغة، لذلك تظهر الخدمة باللغة الإنجليزية. حاول مرة أخرى لاحقًا.

other-ways-heading = هذا النموذج الإلكتروني يحتاج إلى JavaScript
other-ways-why = JavaScript متوقف أو محظور في متصفحك، أو لا يستطيع متصفحك تشغيل هذا النموذج.
other-ways-instead = لا يزال بإمكانك تقديم شكوى أو إشادة أو تعليق بإحدى هذه الطرق.
other-ways-back = العودة إلى صفحة البداية

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = شكرًا لك على شكواك إلى { $council }. لقد وصلتنا، وسنتعامل معها بحلول المواعيد المذكورة أدناه. يُرجى الاحتفاظ برسالة البريد الإلكتروني هذه.
acknowledgement-intro-feedback = شكرًا لك على رسالتك إلى { $council }. لقد وصلتنا.
acknowledgement-intro-follow-up = وصلنا طلبك بشأن شكواك إلى { $council }.
acknowledgement-contact = إذا كان لديك سؤال، فتواصل مع { $council } واذكر رقمك المرجعي، { $reference }.
acknowledgement-why = تصلك رسالة البريد الإلكتروني هذه لأن هذا العنوان ذُكر عند إرسال شيء إلى { $council } عبر نموذج الشكاوى الإلكتروني. إذا لم تكن أنت من أرسله، فيُرجى إخبارنا.
