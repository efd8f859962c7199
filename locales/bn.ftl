# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# খসড়া অনুবাদ: একজন যোগ্য অনুবাদকের পর্যালোচনার অপেক্ষায় আছে। সেই পর্যালোচনা ছাড়া প্রকাশ করবেন না।
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = অভিযোগ করুন বা মতামত দিন
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = মূল অংশে চলে যান
loading = লোড হচ্ছে…
page-load-failed-title = এই পাতাটি লোড করা যায়নি
page-load-failed-body = আপনার ইন্টারনেট সংযোগ দেখে নিন, তারপর আবার চেষ্টা করুন। এখন পর্যন্ত আপনার উত্তরগুলি হারিয়ে যায়নি।
page-load-try-again = আবার চেষ্টা করুন

## Start page

start-heading = { $council }-এর কাছে অভিযোগ করুন বা মতামত দিন
start-intro = আমাদের কোনো সেবা নিয়ে আপনার মতামত জানাতে এই অনলাইন সেবাটি ব্যবহার করুন। এর মধ্যে শিশুদের ও প্রাপ্তবয়স্কদের সামাজিক সেবাও আছে।
start-you-can = এখানে আপনি:
start-can-complain = অভিযোগ করতে পারেন
start-can-compliment = প্রশংসা জানাতে পারেন
start-can-comment = মন্তব্য বা পরামর্শ দিতে পারেন
start-hear-from-you = কোনো কিছু ভুল হলে আমরা তা জানতে চাই। আবার আমরা ভালো কিছু করলে, সেটাও জানতে চাই। আমাদের জানানো মানে “ঝামেলা করা” নয়।
start-button = এখনই শুরু করুন
start-talk-first-heading = শুরু করার আগে
start-talk-first = যে ব্যক্তি বা টিমের সঙ্গে আপনার যোগাযোগ হয়, আগে তাঁদের সঙ্গে কথা বললে অনেক সময় কাজ হয়: অনেক সমস্যার সমাধান সঙ্গে সঙ্গেই হয়ে যায়। আপনি কথা না বলে থাকলেও, বা কথা বলে কাজ না হলেও, এই অনলাইন সেবাটি ব্যবহার করতে পারেন।
start-need-heading = আপনার যা লাগবে
start-need-what = কী ঘটেছে, এবং মোটামুটি কবে
start-need-service = বিষয়টি কোন সেবা বা টিম নিয়ে
start-need-outcome = বিষয়টি ঠিক করতে আপনি আমাদের কাছে কী চান
start-need-contact = আপনার যোগাযোগের তথ্য, যদি আপনি উত্তর চান
start-need-help = আপনি কাউকে সাহায্য করতে বলতে পারেন, বা আপনার হয়ে এটি করে দিতে বলতে পারেন। এই ফর্মটি পূরণ করতে আপনার যতটা সময় দরকার, ততটা সময় নিতে পারেন। আপনি না পাঠানো পর্যন্ত আপনার উত্তরগুলো এই ডিভাইসেই থাকবে।
start-risk-heading = এই মুহূর্তে কি কারও ক্ষতি হওয়ার ঝুঁকি আছে?
start-risk-emergency = কেউ যদি এখনই বিপদে থাকেন, তাহলে { $number } নম্বরে ফোন করুন।
start-risk-adults = কোনো প্রাপ্তবয়স্ক ব্যক্তিকে নিয়ে চিন্তিত
start-risk-children = কোনো শিশুকে নিয়ে চিন্তিত
start-risk-out-of-hours = অফিস সময়ের বাইরে, জরুরি ডিউটি টিমকে ফোন করুন
start-other-ways-heading = যোগাযোগের অন্যান্য উপায়

## Contact details

contact-phone = ফোন
contact-email = ইমেইল
contact-post = চিঠি পাঠানোর ঠিকানা
contact-in-person = আমাদের অফিসে আসুন
contact-website = ওয়েবসাইট
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens } থেকে { $closes } পর্যন্ত
# A run of days, such as "Monday to Friday".
opening-days = { $from } থেকে { $to }
weekday-monday = সোমবার
weekday-tuesday = মঙ্গলবার
weekday-wednesday = বুধবার
weekday-thursday = বৃহস্পতিবার
weekday-friday = শুক্রবার
weekday-saturday = শনিবার
weekday-sunday = রবিবার
opening-any-time = যেকোনো সময়

## When the wizard cannot start

config-error-title = দুঃখিত, এই অনলাইন সেবাটি এখন কাজ করছে না
config-error-body = আপনি এখনও ফোন, ইমেইল বা চিঠির মাধ্যমে কাউন্সিলের সঙ্গে যোগাযোগ করে অভিযোগ করতে বা মতামত দিতে পারেন। পরে আবার এই অনলাইন সেবাটি ব্যবহার করে দেখুন।
config-error-emergency = কেউ যদি এখনই বিপদে থাকেন, তাহলে 999 নম্বরে ফোন করুন।
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = দুঃখিত, কিছু একটা সমস্যা হয়েছে
crash-body = আপনার উত্তরগুলো হারায়নি। নিচে থেকে সেগুলো কপি বা ডাউনলোড করে নিন, তারপর পেজটি নতুন করে লোড করে আবার চেষ্টা করুন, অথবা অন্য কোনো উপায়ে আমাদের সঙ্গে যোগাযোগ করুন।
crash-answers = এখন পর্যন্ত আপনার উত্তর
crash-download = আপনার উত্তরগুলো ডাউনলোড করুন

## Shared by question pages

continue = এগিয়ে যান
back = পিছনে
answer-yes = হ্যাঁ
answer-no = না
error-summary-title = একটি সমস্যা হয়েছে
# Read out before each error message, hidden on screen.
error-prefix = ত্রুটি:
# Put in front of the page title while the page shows errors.
page-title-error = ত্রুটি: { $title }
character-count-remaining = { $count ->
    [one] আপনার আরও { $count }টি অক্ষর বাকি আছে
   *[other] আপনার আরও { $count }টি অক্ষর বাকি আছে
}
character-count-over = { $count ->
    [one] আপনি { $count }টি অক্ষর বেশি লিখেছেন
   *[other] আপনি { $count }টি অক্ষর বেশি লিখেছেন
}
date-day = দিন
date-month = মাস
date-year = বছর
date-error-month = মাসটি ১ থেকে ১২-এর মধ্যে একটি সংখ্যা দিয়ে লিখুন
date-error-year = বছরটি ৪টি অঙ্ক দিয়ে লিখুন, যেমন ২০২৫
date-error-real = একটি সঠিক তারিখ লিখুন, যেমন ২৭ ৩ ২০২৫, অথবা শুধু মাস ও বছর, যেমন ৩ ২০২৫
date-error-future = তারিখটি আজকের, বা তার আগের হতে হবে

## What would you like to do?

kind-question = আপনি কী করতে চান?
kind-complaint = অভিযোগ করুন
kind-complaint-hint = কোনো কিছু ভুল হয়েছে, অথবা কোনো সেবা, কোনো সিদ্ধান্ত বা আপনার সঙ্গে করা আচরণ নিয়ে আপনি অসন্তুষ্ট।
kind-compliment = প্রশংসা জানান
kind-compliment-hint = আমরা ভালো করেছি এমন কিছুর কথা, বা আপনাকে সাহায্য করেছেন এমন কারও কথা আমাদের জানান।
kind-comment = মন্তব্য বা পরামর্শ দিন
kind-comment-hint = আমরা কীভাবে আরও ভালো করতে পারি, তা আমাদের জানান।
kind-follow-up = আগে করা একটি অভিযোগের ফলো-আপ করুন
kind-follow-up-hint = পরের ধাপের জন্য অনুরোধ করুন, দেরি হওয়া কোনো উত্তরের কথা আমাদের মনে করিয়ে দিন, অথবা কবে ন্যায়পালের কাছে যেতে পারবেন তা জেনে নিন।
kind-error = আপনি কী করতে চান, তা বেছে নিন

## Is anyone at risk?

safety-question = কেউ কি বিপদে আছেন, বা কারও ক্ষতি হওয়ার ঝুঁকি আছে?
safety-hint = এটি আপনি হতে পারেন, কোনো শিশু হতে পারে, বা এমন কোনো প্রাপ্তবয়স্ক হতে পারেন যাঁর যত্ন ও সহায়তা দরকার।
safety-error = কেউ বিপদে থাকলে বা কারও ক্ষতির ঝুঁকি থাকলে “হ্যাঁ” বেছে নিন
safety-advice-heading = এখনই সাহায্য নিন
safety-advice-emergency = কেউ যদি এখনই বিপদে থাকেন, তাহলে এখনই { $number } নম্বরে ফোন করুন।
safety-advice-safeguarding = কোনো শিশু, বা যত্ন ও সহায়তা দরকার এমন কোনো প্রাপ্তবয়স্কের নিরাপত্তা নিয়ে আপনি চিন্তিত হলে, আমাদের সামাজিক সেবা টিমকে ফোন করুন। তাঁরা সঙ্গে সঙ্গে ব্যবস্থা নিতে পারেন। অভিযোগে বেশি সময় লাগে।
safety-advice-carry-on = এর পাশাপাশি আপনি অভিযোগও করতে পারেন।
safety-advice-history = “এই পেজ থেকে বের হন” বোতামটি আপনার ব্রাউজারের হিস্ট্রি মুছে দেয় না। অন্য কেউ এই ডিভাইসটি দেখতে পারেন এমন সম্ভাবনা থাকলে, কাজ শেষ হলে হিস্ট্রি মুছে ফেলুন, অথবা একটি প্রাইভেট ব্রাউজিং উইন্ডো ব্যবহার করুন।
safety-advice-continue = আমার অভিযোগ নিয়ে এগিয়ে যান

## Who is it for?

who-question = অভিযোগটি কার জন্য?
who-myself = আমার নিজের জন্য
who-someone-else = অন্য কারও জন্য
who-someone-else-hint = যেমন, কোনো আত্মীয়, বন্ধু, বা আপনি যাঁর দেখাশোনা করেন।
who-professional = আমি একজন সমর্থনকারী (advocate) বা পেশাদার, কারও হয়ে কাজ করছি
who-professional-hint = যেমন, একজন সমর্থনকারী (advocate: যিনি কাউকে নিজের কথা তুলে ধরতে সাহায্য করেন), অন্য কোনো সংস্থার সোশ্যাল ওয়ার্কার, বা একজন সলিসিটর (আইনজীবী)।
who-error = অভিযোগটি কার জন্য, তা বেছে নিন
representation-heading = আপনি যাঁর হয়ে অভিযোগ করছেন, তাঁর সম্পর্কে
their-name-label = তাঁর পুরো নাম
their-name-error = আপনি যাঁর হয়ে অভিযোগ করছেন, তাঁর পুরো নাম লিখুন
their-name-too-long = তাঁর নাম { $max } অক্ষর বা তার কম হতে হবে
relationship-label = আপনি তাঁকে কীভাবে চেনেন?
relationship-hint = যেমন, “আমার মা”, “আমার প্রতিবেশী” বা “আমি তাঁর সমর্থনকারী (advocate)”।
relationship-error = আপনি ব্যক্তিটিকে কীভাবে চেনেন, তা লিখুন
relationship-too-long = আপনি তাঁকে কীভাবে চেনেন, সেই উত্তর { $max } অক্ষর বা তার কম হতে হবে
consent-question = আপনি তাঁর হয়ে এই অভিযোগ করছেন, এতে কি তিনি রাজি হয়েছেন?
consent-hint = তাঁর অভিযোগ নিয়ে আপনার সঙ্গে কথা বলতে এবং তাঁর রেকর্ড দেখতে আমাদের তাঁর অনুমতি দরকার। তাঁর অনুমতি থাকলেও, আমরা যা জানতে পারি বা যা করি, তার সবকিছু হয়তো আপনাকে জানাতে পারব না।
consent-given = হ্যাঁ, তিনি রাজি হয়েছেন
consent-child = রাজি হওয়া সম্ভব নয়, কারণ ব্যক্তিটি একজন শিশু
consent-lacks-capacity = রাজি হওয়া সম্ভব নয়, কারণ তিনি এই সিদ্ধান্ত নিতে সক্ষম নন
consent-lacks-capacity-hint = যেমন, ডিমেনশিয়া (স্মৃতিভ্রংশ) বা গুরুতর অসুস্থতার কারণে।
consent-died = রাজি হওয়া সম্ভব নয়, কারণ তিনি মারা গেছেন
consent-not-yet = এখনও নয়
consent-error = আপনি তাঁর হয়ে এই অভিযোগ করছেন, এতে তিনি রাজি হয়েছেন কি না, তা বেছে নিন
consent-advice-heading = আমাদের তাঁর অনুমতি লাগবে
consent-advice-permission = অভিযোগটি খতিয়ে দেখার আগে, আপনার সঙ্গে কথা বলার জন্য আমাদের ওই ব্যক্তির অনুমতি লাগবে। কীভাবে অনুমতি দেওয়া যায়, তা জানাতে আমরা যোগাযোগ করব।
consent-advice-outcome = তাঁর অনুমতি থাকলেও, তাঁর গোপনীয়তা রক্ষার জন্য আমরা যা জানতে পারি বা যা করি, তার সবকিছু হয়তো আপনাকে জানাতে পারব না।
consent-advice-carry-on = আপনি এখনই এগিয়ে গিয়ে অভিযোগটি সম্পর্কে আমাদের জানাতে পারেন।
consent-advice-continue = এগিয়ে যান

## What is it about?

topic-question = আপনার অভিযোগ কী নিয়ে?
topic-children = শিশুদের সামাজিক সেবা
topic-children-hint = যেমন, কোনো শিশু বা পরিবারের সোশ্যাল ওয়ার্কার, ফস্টারিং (অন্য পরিবারে রেখে লালনপালন), দত্তক, বা শিশুদের আবাসিক হোম।
topic-adults = প্রাপ্তবয়স্কদের সামাজিক সেবা
topic-adults-hint = যেমন, বাড়িতে সাহায্য, কেয়ার হোম, কেয়ার অ্যাসেসমেন্ট (যত্নের প্রয়োজন যাচাই), বা ডাইরেক্ট পেমেন্ট (কেয়ারের জন্য সরাসরি টাকা দেওয়া)।
topic-other = কাউন্সিলের অন্য কোনো সেবা
topic-other-hint = যেমন, বাসস্থান (হাউজিং), ময়লার বিন ও রিসাইক্লিং, রাস্তাঘাট, কাউন্সিল ট্যাক্স, বা স্কুলে ভর্তি। আমাদের হয়ে অন্য সংস্থা যেসব সেবা দেয়, সেগুলোও এর মধ্যে পড়ে।
topic-child-protection = শিশু সুরক্ষা সভায় (চাইল্ড প্রোটেকশন কনফারেন্স) নেওয়া কোনো সিদ্ধান্ত
topic-court = আদালত এমন কোনো বিষয়ে সিদ্ধান্ত নিয়েছে বা নিচ্ছে
topic-first-request = প্রথমবার কোনো সেবা চাওয়া
topic-first-request-hint = যেমন, কেয়ার অ্যাসেসমেন্ট চাওয়া, বা বিন নিয়ে যাওয়া হয়নি তা প্রথমবার জানানো।
topic-error = আপনার অভিযোগ কী নিয়ে, তা বেছে নিন
care-question = কেয়ারের (যত্নের) ব্যবস্থা কে করে?
care-council = কাউন্সিল ব্যবস্থা করে
care-council-hint = আপনি খরচের কিছু অংশ বা পুরোটা দিলেও।
care-self-funded = আমি নিজে ব্যবস্থা করি ও খরচ দিই, অথবা আমার পরিবার করে
care-error = কেয়ারের ব্যবস্থা কে করে, তা বেছে নিন
self-funded-heading = আপনি যদি নিজের কেয়ারের ব্যবস্থা নিজে করেন ও খরচ দেন
self-funded-provider = প্রথমে কেয়ার প্রদানকারীর কাছে অভিযোগ করুন: অর্থাৎ হোম কেয়ার এজেন্সি বা কেয়ার হোমের কাছে।
self-funded-question = আপনার অভিযোগ কি কাউন্সিলের করা কোনো কাজ নিয়ে?
self-funded-hint = যেমন, কেয়ার অ্যাসেসমেন্ট, কেয়ারের খরচ দেওয়া নিয়ে কোনো সিদ্ধান্ত, বা আমরা আপনাকে যে তথ্য দিয়েছি।
self-funded-error = আপনার অভিযোগ কাউন্সিলের করা কোনো কাজ নিয়ে হলে “হ্যাঁ” বেছে নিন

## Where to go instead

signpost-conference-heading = শিশু সুরক্ষা সভার সিদ্ধান্তের জন্য আলাদা প্রক্রিয়া আছে
signpost-conference-body = শিশু সুরক্ষা সভায় নেওয়া কোনো সিদ্ধান্ত অভিযোগ প্রক্রিয়ার মাধ্যমে বদলানো যায় না।
signpost-conference-next = সিদ্ধান্তটি নিয়ে আপত্তি জানাতে চাইলে, সভার সভাপতি (চেয়ার) বা সোশ্যাল ওয়ার্কারের সঙ্গে কথা বলুন। কাউন্সিল আপনার সঙ্গে কেমন আচরণ করেছে, তা নিয়ে আপনি তবুও অভিযোগ করতে পারেন, যেমন কোনো মিটিং কীভাবে চালানো হয়েছে।
signpost-court-heading = আদালতের বিষয় আদালতই দেখে
signpost-court-body = আদালত যে বিষয়ে সিদ্ধান্ত নিয়েছে বা নিচ্ছে, অভিযোগ প্রক্রিয়া তা খতিয়ে দেখতে পারে না।
signpost-court-next = আপনার সলিসিটর (আইনজীবী) বা আদালতের সঙ্গে কথা বলুন। কাউন্সিলের এমন কোনো কাজ, যা আদালতের মামলার অংশ নয়, তা নিয়ে আপনি তবুও অভিযোগ করতে পারেন।
signpost-request-heading = প্রথমে সেবাটির কাছে চেয়ে দেখুন
signpost-request-body = প্রথমবার কোনো সেবা চাওয়া হলো একটি অনুরোধ, অভিযোগ নয়।
signpost-request-next = সেবাটির সঙ্গে যোগাযোগ করে চেয়ে নিন। তাঁরা সাহায্য না করলে, বা তাঁদের উত্তরে আপনি অসন্তুষ্ট হলে, তখন অভিযোগ করতে পারেন।
signpost-provider-heading = আপনার কেয়ার প্রদানকারীর কাছে অভিযোগ করুন
signpost-provider-body = আপনি যদি নিজের কেয়ারের ব্যবস্থা নিজে করেন ও খরচ দেন, তাহলে প্রথমে কেয়ার প্রদানকারীর কাছে অভিযোগ করুন।
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = আপনার স্বাস্থ্য ও সামাজিক সেবা ট্রাস্টের (Health and Social Care Trust) কাছে অভিযোগ করুন
signpost-trust-body = উত্তর আয়ারল্যান্ডে শিশু ও প্রাপ্তবয়স্কদের সামাজিক সেবা চালায় স্বাস্থ্য ও সামাজিক সেবা ট্রাস্টগুলো (Health and Social Care Trusts), কাউন্সিল নয়। যে ট্রাস্ট কেয়ার দেয়, তার কাছে অভিযোগ করুন: সেই ট্রাস্টের নিজস্ব অভিযোগ প্রক্রিয়া আছে।
signpost-change = আপনার উত্তর বদলান
signpost-contact-heading = নিশ্চিত না হলে, আমাদের সঙ্গে যোগাযোগ করুন

## Talking to the service first

talked-question = আপনি কি এ বিষয়ে আগেই সেবাটির সঙ্গে কথা বলেছেন?
talked-hint = যেমন, যে ব্যক্তি বা টিমের সঙ্গে আপনার সাধারণত যোগাযোগ হয়, বা তাঁদের ম্যানেজার।
talked-error = আপনি আগেই সেবাটির সঙ্গে কথা বলে থাকলে “হ্যাঁ” বেছে নিন
talk-first-heading = সেবাটির সঙ্গে কথা বললে অনেক সময় দ্রুত সমাধান হয়
talk-first-quick = { $procedure ->
    [children] শিশুদের সামাজিক সেবা নিয়ে বেশিরভাগ সমস্যার সমাধান “সঙ্গে সঙ্গেই” হয়ে যায়। আপনার সঙ্গে যাঁর যোগাযোগ হয় তিনি সমাধান করেন, অথবা তাঁর ম্যানেজার ১০ কর্মদিবসের মধ্যে করেন।
    [adults] কী সমস্যা হয়েছে তা সেবাটিকে জানালে, তাঁরা হয়তো পরের কর্মদিবসের মধ্যেই তা ঠিক করে দিতে পারবেন।
   *[other] আমাদের অভিযোগ টিম প্রথমে সেবাটির সঙ্গে মিলে আপনার অভিযোগের দ্রুত ও অনানুষ্ঠানিকভাবে সমাধান করার চেষ্টা করবে। একে প্রাথমিক সমাধান বলা হয়।
}
talk-first-carry-on = আগে সেবাটির সঙ্গে কথা বলতেই হবে, এমন নয়। আপনি এখনই আপনার অভিযোগ নিয়ে এগিয়ে যেতে পারেন।
talk-first-continue = আমার অভিযোগ নিয়ে এগিয়ে যান

## When did it happen?

when-heading = এটি কবে ঘটেছে?
when-happened = কবে ঘটেছে, বা কবে শুরু হয়েছে
when-happened-hint = যেমন, ২৭ ৩ ২০২৫। দিনটি না জানলে, শুধু মাস ও বছর লিখুন।
when-still-happening = এটি এখনও চলছে
when-found-out = আপনি কবে জানতে পেরেছেন, যদি তা পরে হয় (ঐচ্ছিক)
when-found-out-hint = যেমন, ৩ ২০২৫। ঘটনার সময়েই জেনে থাকলে, এটি খালি রাখুন।
when-error-missing = কবে ঘটেছে তা লিখুন, অথবা “এটি এখনও চলছে” বেছে নিন
when-error-found-out-before = জানতে পারার তারিখ ঘটনার তারিখের সমান, বা তার পরে হতে হবে
late-question = আপনি এখন কেন অভিযোগ করছেন?
late-hint = { $months ->
    [one] সাধারণত কোনো কিছু ঘটার, বা তা জানতে পারার { $months } মাসের মধ্যে অভিযোগ করতে হয়। আরও আগে অভিযোগ না করার উপযুক্ত কারণ থাকলে, যেমন অসুস্থতা, বা অভিযোগ করা যায় তা না জানা, এবং বিষয়টি এখনও ন্যায্যভাবে ও ঠিকভাবে খতিয়ে দেখা সম্ভব হলে, আমরা তবুও বিষয়টি খতিয়ে দেখতে পারি।
   *[other] সাধারণত কোনো কিছু ঘটার, বা তা জানতে পারার { $months } মাসের মধ্যে অভিযোগ করতে হয়। আরও আগে অভিযোগ না করার উপযুক্ত কারণ থাকলে, যেমন অসুস্থতা, বা অভিযোগ করা যায় তা না জানা, এবং বিষয়টি এখনও ন্যায্যভাবে ও ঠিকভাবে খতিয়ে দেখা সম্ভব হলে, আমরা তবুও বিষয়টি খতিয়ে দেখতে পারি।
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] সাধারণত কোনো কিছু ঘটার { $months } মাসের মধ্যে অভিযোগ করতে হয়। আরও আগে অভিযোগ না করার উপযুক্ত কারণ থাকলে, যেমন অসুস্থতা, বা অভিযোগ করা যায় তা না জানা, এবং বিষয়টি এখনও ন্যায্যভাবে ও ঠিকভাবে খতিয়ে দেখা সম্ভব হলে, আমরা তবুও বিষয়টি খতিয়ে দেখতে পারি।
   *[other] সাধারণত কোনো কিছু ঘটার { $months } মাসের মধ্যে অভিযোগ করতে হয়। আরও আগে অভিযোগ না করার উপযুক্ত কারণ থাকলে, যেমন অসুস্থতা, বা অভিযোগ করা যায় তা না জানা, এবং বিষয়টি এখনও ন্যায্যভাবে ও ঠিকভাবে খতিয়ে দেখা সম্ভব হলে, আমরা তবুও বিষয়টি খতিয়ে দেখতে পারি।
}
late-error = আপনি এখন কেন অভিযোগ করছেন, তা আমাদের জানান
late-too-long = আপনার উত্তর { $max } অক্ষর বা তার কম হতে হবে

## Your complaint or message

service-question = বিষয়টি কোন সেবা বা টিম নিয়ে?
service-hint = যেমন, শিশুদের সোশ্যাল ওয়ার্ক, হোম কেয়ার, বা বাড়ি মেরামত। নিশ্চিত না হলে, যতটুকু জানেন তা লিখুন।
service-error = বিষয়টি কোন সেবা বা টিম নিয়ে, তা লিখুন
service-too-long = সেবার নাম { $max } অক্ষর বা তার কম হতে হবে
message-question = আপনি আমাদের কী জানাতে চান?
message-hint = বিষয়টি কোনো ব্যক্তিকে নিয়ে হলে, তাঁর নাম জানা থাকলে তা লিখুন।
message-error = আপনি আমাদের কী জানাতে চান, তা লিখুন
message-too-long = আপনার বার্তা { $max } অক্ষর বা তার কম হতে হবে
what-happened-question = কী ঘটেছে?
what-happened-hint = কী ভুল হয়েছে, কবে হয়েছে, এবং কারা জড়িত ছিলেন, তা আমাদের জানান। বিষয়টি বুঝতে আমাদের কাজে লাগবে বলে মনে হলে, যেকোনো কথা লিখুন।
what-happened-error = কী ঘটেছে, তা লিখুন
what-happened-too-long = “কী ঘটেছে” উত্তরটি { $max } অক্ষর বা তার কম হতে হবে
put-right-question = বিষয়টি ঠিক করতে আপনি আমাদের কাছে কী চান?
put-right-hint = যেমন, ক্ষমা চাওয়া, কোনো সিদ্ধান্ত আবার বিবেচনা করা, বা কোনো সেবায় পরিবর্তন আনা।
put-right-error = বিষয়টি ঠিক করতে আপনি আমাদের কাছে কী চান, তা লিখুন
put-right-too-long = আপনার উত্তর { $max } অক্ষর বা তার কম হতে হবে

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = চিঠি, ছবি বা কাগজপত্র যোগ করুন
evidence-hint = কিছু যোগ করতেই হবে, এমন নয়। যা ঘটেছে তা দেখায় এমন কিছু যদি আপনার কাছে থাকে, যেমন কোনো চিঠি, কেয়ার প্ল্যান (দেখাশোনার পরিকল্পনা), বিল বা ছবি, তাহলে সেটি এখানে যোগ করতে পারেন।
evidence-rules = আপনি সর্বোচ্চ { $files ->
    [one] { $files }টি ফাইল
   *[other] { $files }টি ফাইল
} যোগ করতে পারেন। প্রতিটি ফাইলের সাইজ { $each }-এর কম হতে হবে, আর সব ফাইল মিলিয়ে মোট সাইজ { $total }-এর কম হতে হবে।
evidence-kinds = যে ধরনের ফাইল যোগ করতে পারেন: { $kinds }
evidence-photos = কোনো JPEG ছবি আপনার ডিভাইস থেকে যাওয়ার আগে, আমরা তা থেকে ছবিটি কোথায় তোলা হয়েছে সেই তথ্য (লোকেশন) এবং অন্যান্য লুকানো তথ্য সরিয়ে ফেলি। ছবিটি নিজে বদলানো হয় না। অন্য ধরনের ছবিসহ অন্যান্য ফাইল যেমন আছে তেমনই পাঠানো হয়।
evidence-choose = ফাইল বেছে নিন
evidence-drop = অথবা ফাইলগুলো এখানে টেনে এনে ছাড়ুন
evidence-added-heading = যোগ করা ফাইল
evidence-remove = সরান
evidence-adding = { $name } যোগ করা হচ্ছে…
evidence-added = { $name } যোগ করা হয়েছে
evidence-removed = { $name } সরানো হয়েছে
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (পুরোনো)
evidence-kind-text = টেক্সট
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } কেবি
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } এমবি
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } ফাইলটি খালি
attachment-error-too-big = { $name } ফাইলটির সাইজ { $limit }-এর কম হতে হবে
attachment-error-type = { $name } এমন ধরনের ফাইল নয়, যা আপনি যোগ করতে পারেন। ফাইলটি এগুলোর একটি হতে হবে: { $kinds }
attachment-error-too-many = { $name } যোগ করা হয়নি: আপনি সর্বোচ্চ { $limit ->
    [one] { $limit }টি ফাইল
   *[other] { $limit }টি ফাইল
} যোগ করতে পারেন
attachment-error-total = { $name } যোগ করা হয়নি: আপনার সব ফাইল মিলিয়ে মোট সাইজ { $limit }-এর কম হতে হবে
attachment-error-duplicate = { $name } আগেই যোগ করা হয়েছে
attachment-error-photo = { $name } ছবি হিসেবে পড়া যায়নি। ফাইলটি আবার সেভ করুন, অথবা অন্য একটি ফাইল বেছে নিন
attachment-error-unreadable = { $name } পড়া যায়নি। ফাইলটি আবার বেছে নিন
attachment-error-lost = { $name } আর এই ডিভাইসে নেই। ফাইলটি আবার যোগ করুন, অথবা সরিয়ে দিন

## How you would like it handled

handling-question = আপনার অভিযোগটি নিয়ে আমরা কীভাবে কাজ করব, সে বিষয়ে আপনার পছন্দ কী?
handling-hint = এ নিয়ে আমরা আপনার সঙ্গে কথা বলব, এবং আপনার সঙ্গে মিলে ঠিক করব।
handling-error = আপনার অভিযোগটি নিয়ে আমরা কীভাবে কাজ করব, সে বিষয়ে আপনার পছন্দ বেছে নিন
resolution-on-the-spot = আমার সঙ্গে যাঁর যোগাযোগ হয়, তাঁর সঙ্গেই এখনই বিষয়টি মিটিয়ে ফেলা
resolution-local = একজন ম্যানেজারকে দ্রুত বিষয়টি দেখতে বলা
resolution-next-working-day = পরের কর্মদিবসের মধ্যে বিষয়টি ঠিক করার চেষ্টা করা
resolution-early = প্রথমে দ্রুত ও অনানুষ্ঠানিকভাবে মিটিয়ে ফেলার চেষ্টা করা
resolution-meeting = একটি মিটিংয়ে বসে আলোচনা করা
resolution-formal-investigation = আনুষ্ঠানিক তদন্ত, লিখিত উত্তরসহ
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = পরের কর্মদিবস শেষ হওয়ার মধ্যে বিষয়টি আপনার সন্তুষ্টি অনুযায়ী ঠিক করা হলে, এটি অভিযোগ হিসেবে নথিভুক্ত হবে না। পরে আপনি একই বিষয় অভিযোগ প্রক্রিয়ার মাধ্যমে আর তুলতে পারবেন না।
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = গুরুতর বিষয়ের জন্য। আনুষ্ঠানিক তদন্ত দিয়ে শুরু করতে আমরা রাজি কি না, তা আমরা আপনাকে জানাব। রাজি না হলে, বিষয়টি আগে প্রথম ধাপে দেখা হবে।
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = আমরা প্রথমে অনানুষ্ঠানিকভাবে মিটিয়ে ফেলার চেষ্টা করব না: আপনার অভিযোগ সরাসরি ধাপ ১-এর তদন্তে যাবে।
meeting-question = আপনার অভিযোগ নিয়ে কথা বলতে আপনি কি আমাদের সঙ্গে দেখা করতে চান?
meeting-hint = এটি সামনাসামনি, ফোনে বা ভিডিও কলে হতে পারে।
meeting-error = আমাদের সঙ্গে দেখা করতে চাইলে “হ্যাঁ” বেছে নিন

## Your records

records-question = এ বিষয়ে আমাদের কাছে থাকা রেকর্ড কি আমরা দেখতে পারি?
records-hint = আপনার অভিযোগ ঠিকভাবে খতিয়ে দেখতে, আপনার সম্পর্কে, বা আপনি যাঁর হয়ে অভিযোগ করছেন তাঁর সম্পর্কে আমাদের কাছে থাকা রেকর্ড দেখা দরকার। শুধু যাঁরা আপনার অভিযোগ খতিয়ে দেখছেন, তাঁরাই এগুলো দেখবেন। আমাদের যদি NHS (জাতীয় স্বাস্থ্য সেবা)-এর সঙ্গে, বা আমাদের হয়ে সেবা দেয় এমন কোনো সংস্থার সঙ্গে (যেমন কেয়ার হোম) কথা বলার দরকার হয়, তাহলে আপনার তথ্য তাদের সঙ্গে শেয়ার করার আগে আমরা আপনার অনুমতি চাইব।
records-error = আমরা রেকর্ড দেখতে পারলে “হ্যাঁ” বেছে নিন

## Confidentiality

confidentiality-heading = তথ্য গোপন রাখা
confidentiality-who = যাঁদের জানা দরকার, শুধু তাঁরাই আপনার অভিযোগ দেখবেন: যাঁরা এটি খতিয়ে দেখছেন, এবং যাঁরা বিষয়টি ঠিক করতে পারেন।
confidentiality-limit = আপনি যদি আমাদের কোনো অপরাধের কথা জানান, বা কোনো শিশু কিংবা যত্ন ও সহায়তা দরকার এমন কোনো প্রাপ্তবয়স্কের নিরাপত্তার ঝুঁকির কথা জানান, তাহলে আমরা তা গোপন রাখতে পারব না। সঠিক লোকদের যেন জানানো হয় এবং সঠিক ব্যবস্থা যেন নেওয়া হয়, তা নিশ্চিত করতে আমরা সাহায্য করব।
confidential-question = আপনি কি চান আমরা কোনো কিছু গোপন রাখি?
confidential-hint = আমরা আপনার ইচ্ছাকে সম্মান করার চেষ্টা করব। তবে এতে কী ঘটেছে তা খুঁজে বের করা এবং বিষয়টি ঠিক করা কঠিন হতে পারে।
confidential-error = আপনি কোনো কিছু গোপন রাখতে চাইলে “হ্যাঁ” বেছে নিন
confidential-detail-label = আপনি কী গোপন রাখতে চান? (ঐচ্ছিক)
confidential-detail-too-long = আপনার উত্তর { $max } অক্ষর বা তার কম হতে হবে

## Support

support-heading = সাহায্য ও সহায়তা
support-question = আপনার অভিযোগের কাজে অংশ নিতে কি এগুলোর কোনোটি আপনার দরকার?
support-hint = যতগুলো দরকার, সবগুলো বেছে নিন।
support-interpreter = একজন দোভাষী
support-bsl = একজন ব্রিটিশ সাংকেতিক ভাষার (BSL) দোভাষী
support-braille = ব্রেইলে লেখা চিঠি
support-large-print = বড় অক্ষরে ছাপা চিঠি
support-easy-read = সহজে পড়া যায় এমন কাগজপত্র (ইজি রিড)
support-audio = অডিও রেকর্ডিং
support-advocacy = একজন সমর্থনকারী (advocate) বা সহায়তাকারী সংস্থার সাহায্য
interpreter-language-label = কোন ভাষা?
interpreter-language-error = কোন ভাষার দোভাষী দরকার, তা লিখুন
advocacy-intro = এই সংস্থাগুলো আপনার কথা তুলে ধরতে আপনাকে সাহায্য করতে পারে। তারা কাউন্সিলের অংশ নয়, স্বাধীন। আপনি নিজে তাদের সঙ্গে যোগাযোগ করতে পারেন, অথবা আমরা যোগাযোগ করিয়ে দিতে পারি।
reply-language-label = আমরা আপনাকে কোন ভাষায় লিখব? (ঐচ্ছিক)
reply-language-hint = আপনি এখন যে ভাষা ব্যবহার করছেন, সেই ভাষায় উত্তর পেতে এটি খালি রাখুন।
helper-label = কেউ কি আপনার অভিযোগে আপনাকে সাহায্য করছেন? (ঐচ্ছিক)
helper-hint = তাঁর নাম আমাদের জানান, যাতে তিনি আমাদের সঙ্গে যোগাযোগ করলে আমরা বুঝতে পারি তিনি কে।
contact-too-long = এটি { $max } অক্ষর বা তার কম হতে হবে

## Contact details

contact-heading = আপনার যোগাযোগের তথ্য
contact-heading-optional = আপনি উত্তর চাইলে
contact-optional-intro = আপনার নাম বা যোগাযোগের তথ্য দিতেই হবে, এমন নয়। তবে এগুলো ছাড়া আমরা আপনাকে উত্তর দিতে পারব না।
full-name-label = পুরো নাম
full-name-label-optional = পুরো নাম (ঐচ্ছিক)
full-name-error = আপনার পুরো নাম লিখুন
contact-method-question = আমরা আপনার সঙ্গে কীভাবে যোগাযোগ করব?
contact-method-hint = যতগুলো চান, সবগুলো বেছে নিন।
contact-method-hint-optional = যতগুলো চান, সবগুলো বেছে নিন। উত্তর না চাইলে, কোনোটিই বেছে নেবেন না।
contact-method-error = আমরা আপনার সঙ্গে যোগাযোগ করতে পারি, এমন অন্তত একটি উপায় বেছে নিন
contact-by-email = ইমেইল
contact-by-phone = ফোন
contact-by-post = ডাকযোগে চিঠি
email-label = ইমেইল ঠিকানা
email-error-empty = আপনার ইমেইল ঠিকানা লিখুন
email-error-format = সঠিক ধরনে ইমেইল ঠিকানা লিখুন, যেমন name@example.com
phone-label = ফোন নম্বর
phone-hint = বিদেশি নম্বর হলে দেশের কোডসহ লিখুন।
phone-error-empty = আপনার ফোন নম্বর লিখুন
phone-error-format = একটি ফোন নম্বর লিখুন, যেমন 01632 960 001, 07700 900 982 বা +44 808 157 0192
best-time-label = আপনাকে ফোন করার সবচেয়ে ভালো সময় কখন? (ঐচ্ছিক)
best-time-hint = যেমন, সপ্তাহের কাজের দিনগুলোতে সকালে।
address-line1-label = ঠিকানা, লাইন ১
address-line1-error = আপনার ঠিকানার প্রথম লাইন লিখুন
address-line2-label = ঠিকানা, লাইন ২ (ঐচ্ছিক)
address-town-label = শহর বা নগর
address-town-error = আপনার শহর বা নগরের নাম লিখুন
postcode-label = পোস্টকোড
postcode-error-empty = আপনার পোস্টকোড লিখুন
postcode-error-format = একটি সঠিক পোস্টকোড লিখুন, যেমন S70 2TA

## Check your answers

check-heading = পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন
check-change = বদলান
check-found-out = জানতে পেরেছেন: { $date }
check-meeting-yes = আমি একটি মিটিং চাই
check-meeting-no = আমার মিটিংয়ের দরকার নেই
check-interpreter = দোভাষী: { $language }
check-reply-language = উত্তরের ভাষা: { $language }
check-helper = সাহায্য করছেন: { $name }
check-no-support = কোনো সহায়তার দরকার নেই
check-no-evidence = কোনো ফাইল যোগ করা হয়নি
check-no-reply = উত্তর চাই না
check-reply-by = উত্তরের মাধ্যম: { $ways }
check-send-heading-complaint = এবার আপনার অভিযোগ পাঠান
check-send-heading-feedback = এবার আপনার বার্তা পাঠান
check-send-body = এটি পাঠিয়ে আপনি নিশ্চিত করছেন যে, আপনার জানামতে, আপনি আমাদের যা বলেছেন তা সত্য।
check-send-complaint = অভিযোগ পাঠান
check-send-feedback = পাঠান
check-send-heading-follow-up = এবার আপনার অনুরোধ পাঠান
check-send-follow-up = অনুরোধ পাঠান
check-earlier-reference = রেফারেন্স: { $reference }
check-complained = অভিযোগ করেছেন: { $date }
check-sending = পাঠানো হচ্ছে…
# While the person's files are sent, before their answers.
check-sending-file = { $count }টি ফাইলের মধ্যে { $number } নম্বরটি পাঠানো হচ্ছে…
check-send-failed = এটি এখনও পাঠানো হয়নি
check-send-kept = আপনার উত্তরগুলো এখনও এখানে আছে: কিছুই হারায়নি।

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = আমরা কাউন্সিলের সিস্টেমের সঙ্গে সংযোগ করতে পারিনি। আপনি অনলাইনে আছেন কি না দেখে নিন।
send-problem-timed-out = কাউন্সিলের সিস্টেম উত্তর দিতে অনেক বেশি সময় নিয়েছে।
send-problem-server = কাউন্সিলের সিস্টেমে একটি সমস্যা হয়েছে।
send-problem-busy = কাউন্সিলের সিস্টেম এই মুহূর্তে ব্যস্ত।
send-problem-rejected = কাউন্সিলের সিস্টেম এটি গ্রহণ করতে পারেনি, এবং আবার চেষ্টা করলেও কাজ হবে না। এর বদলে আপনার উত্তরগুলোর একটি কপি ডাউনলোড করুন, অথবা সেগুলো ইমেইলে পাঠান।
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] { $seconds } সেকেন্ড পরে আবার চেষ্টা করা হবে।
   *[other] { $seconds } সেকেন্ড পরে আবার চেষ্টা করা হবে।
}
send-offline = আপনি এখন অফলাইনে আছেন। আবার অনলাইনে এলেই এটি পাঠানো হবে: এই পেজটি খোলা রাখুন।
send-try-again = আবার চেষ্টা করুন
send-download-copy = আপনার উত্তরগুলোর একটি কপি ডাউনলোড করুন
send-by-email = এর বদলে ইমেইলে পাঠান
# Shown when the council takes submissions by email only.
send-email-explain = আপনার ইমেইল প্রোগ্রাম খুলবে, আর তাতে আমাদের ঠিকানায় একটি ইমেইল তৈরি থাকবে, যেখানে আপনার উত্তরগুলো লেখা থাকবে। আপনি সেই ইমেইলটি পাঠালে তবেই এটি আমাদের কাছে পৌঁছাবে।
send-email-open = আমার উত্তরগুলোসহ একটি ইমেইল খুলুন
send-email-too-long = আপনার উত্তরগুলো এত বড় যে একটি ইমেইল লিংকে পুরোটা আঁটবে না, তাই ইমেইলে শুধু শুরুর অংশটুকু থাকবে। আপনার উত্তরগুলোর একটি কপি ডাউনলোড করুন এবং সেটি ইমেইলের সঙ্গে সংযুক্ত (অ্যাটাচ) করুন।
send-email-rest-attached = [আমার উত্তরগুলো একটি ইমেইল লিংকের জন্য অনেক বড়: বাকি অংশ আমার সংযুক্ত করা কপিতে আছে।]
send-email-attach = আমরা নিজে থেকে আপনার ফাইলগুলো ইমেইলে দিতে পারি না। ইমেইলটি পাঠানোর আগে, এই ফাইলগুলো নিজে এর সঙ্গে সংযুক্ত (অ্যাটাচ) করুন:
send-email-kept = ইমেইলটি চলে গেছে বলে আপনি আমাদের না জানানো পর্যন্ত, আপনার উত্তরগুলো এখানেই থাকবে।
send-email-done = আমি ইমেইলটি পাঠিয়েছি

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = অভিযোগ { $reference }
copy-subject-compliment = প্রশংসা { $reference }
copy-subject-comment = মন্তব্য বা পরামর্শ { $reference }
copy-subject-follow-up = অভিযোগের ফলো-আপ { $reference }
copy-reference = রেফারেন্স: { $reference }
copy-sent = পাঠানোর সময়: { $time } (যুক্তরাজ্যের সময়)
copy-english-heading = ইংরেজিতে, কাউন্সিলের কর্মীদের জন্য:
copy-id = সাবমিশন আইডি: { $id }

## Confirmation

confirmation-heading-complaint = অভিযোগ পাঠানো হয়েছে
confirmation-heading-feedback = বার্তা পাঠানো হয়েছে
confirmation-heading-follow-up = অনুরোধ পাঠানো হয়েছে
# $stage is the name of the stage asked for.
confirmation-follow-up-next = আপনি “{ $stage }”-এর জন্য অনুরোধ করেছেন। এই তারিখগুলো আজ থেকে গোনা হয়েছে।
confirmation-follow-up-chase = আপনার রিমাইন্ডার আমরা পেয়েছি। আমাদের উত্তরে কেন দেরি হচ্ছে এবং কবে আপনি তা পাবেন, তা আমরা আপনাকে জানাব।
confirmation-reference = আপনার রেফারেন্স
# Shown when the answers went by the person's email program.
confirmation-by-email = আপনার ইমেইলটি আমাদের কাছে এলে তবেই আমরা এটি পাব। ইমেইলটি না গিয়ে থাকলে, { $email } ঠিকানায় লিখুন এবং আপনার রেফারেন্স, { $reference }, উল্লেখ করুন।
confirmation-not-sent = এটি এই অনলাইন সেবার একটি পরীক্ষামূলক সংস্করণ। আপনি যা পাঠিয়েছেন, তা এই কম্পিউটারে একটি পরীক্ষামূলক প্রাপক রেখে দিয়েছে। এটি { $council }-এর কাছে পৌঁছায়নি।
confirmation-next-heading = এরপর কী হবে
confirmation-feedback-next = আমরা আপনার বার্তাটি সংশ্লিষ্ট সেবার কাছে পৌঁছে দেব। আপনি উত্তর চেয়ে থাকলে, আমরা যোগাযোগ করব।
confirmation-copy-heading = আপনার উত্তরগুলোর একটি কপি
confirmation-print = এই পেজটি প্রিন্ট করুন
confirmation-start-again = আরেকটি অভিযোগ করুন বা আরও মতামত দিন

## Following up a complaint already made

earlier-heading = আপনার অভিযোগ সম্পর্কে
earlier-reference = আপনার রেফারেন্স (ঐচ্ছিক)
earlier-reference-hint = অভিযোগ করার সময় আপনি যে ইমেইল বা চিঠি পেয়েছিলেন, তাতে এটি আছে, যেমন RDX-7K3P-Q9MA। এটি খালি রাখতে পারেন।
earlier-reference-too-long = আপনার রেফারেন্স { $max } অক্ষর বা তার কম হতে হবে
earlier-complained = আপনি কবে অভিযোগ করেছিলেন?
earlier-complained-hint = যেমন, ২০ ১১ ২০২৬। দিনটি না জানলে, শুধু মাস ও বছর লিখুন।
earlier-complained-error = কবে অভিযোগ করেছিলেন তা লিখুন, অথবা শুধু মাস ও বছর লিখুন
standing-question = আপনার অভিযোগ এখন কোন অবস্থায় আছে?
standing-waiting = আমি আপনাদের উত্তরের অপেক্ষায় আছি
standing-answered = আমি আপনাদের উত্তর পেয়েছি
standing-extended = আপনারা আমাকে জানিয়েছেন যে আপনাদের আরও সময় লাগবে, এবং একটি নতুন তারিখ দিয়েছেন
standing-error = আপনার অভিযোগ এখন কোন অবস্থায় আছে, তা বেছে নিন
earlier-stage-question-waiting = আপনার অভিযোগ কোন ধাপে আছে?
earlier-stage-question-answered = আমাদের উত্তরটি কোন ধাপের ছিল?
earlier-stage-hint = আপনাকে পাঠানো আমাদের চিঠি ও ইমেইলে লেখা থাকে এটি কোন ধাপ।
earlier-stage-error = ধাপটি বেছে নিন
stage-date-answered = আমাদের উত্তর কবে পৌঁছেছিল?
stage-date-asked = আপনি কবে এই ধাপের জন্য অনুরোধ করেছিলেন?
stage-date-hint = যেমন, ২০ ১১ ২০২৬। দিনটি না জানলে, শুধু মাস ও বছর লিখুন।
stage-date-error = তারিখটি লিখুন, অথবা শুধু মাস ও বছর লিখুন
stage-date-error-before = তারিখটি অভিযোগ করার দিনের সমান, বা তার পরে হতে হবে
extended-to-question = আমরা আপনাকে কোন নতুন তারিখ দিয়েছিলাম?
extended-to-hint = যেমন, ২৯ ১ ২০২৭।
extended-to-error = নতুন তারিখটি দিনসহ লিখুন
extended-to-error-real = একটি সঠিক তারিখ লিখুন, যেমন ২৯ ১ ২০২৭
extended-to-error-before = নতুন তারিখটি এই ধাপের জন্য আপনার অনুরোধ করার দিনের পরে হতে হবে
follow-up-answer-heading = আপনার অভিযোগ: এখন আপনি কী করতে পারেন
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = আপনার উত্তরগুলো থেকে আমরা তারিখগুলো হিসাব করতে পারছি না। আপনার দেওয়া তারিখগুলো দেখে নিন।
follow-up-error-complained-after = অভিযোগ করার দিনটি এই ধাপের জন্য আপনার দেওয়া দিনের পরে পড়েছে। দুটি তারিখই দেখে নিন।
follow-up-error-extended-before = আমাদের দেওয়া নতুন তারিখটি এই ধাপের জন্য আপনার অনুরোধ করার দিনের আগে পড়েছে। দুটি তারিখই দেখে নিন।
follow-up-check-dates = তারিখগুলো দেখে নিন
follow-up-late-heading = আমাদের উত্তর দিতে দেরি হয়েছে
follow-up-late = { $date } তারিখের মধ্যে আমাদের উত্তর আপনাকে পাঠানোর কথা ছিল।
follow-up-late-what = নিচে থেকে আপনি আমাদের একটি রিমাইন্ডার পাঠাতে পারেন। আমাদের উত্তরে কেন দেরি হচ্ছে এবং কবে আপনি তা পাবেন, তা আমরা আপনাকে জানাব।
follow-up-due-heading = আমাদের উত্তর কবে পাওয়ার কথা
follow-up-due = { $date } তারিখের মধ্যে আমাদের উত্তর আপনাকে পাঠানোর কথা।
# The due day depends on the day in the month the person gave.
follow-up-due-depends = আপনি কোন দিন অনুরোধ করেছিলেন তার ওপর নির্ভর করে, আমাদের উত্তর { $earliest } থেকে { $latest } তারিখের মধ্যে পাওয়ার কথা। তখনও না পৌঁছালে, উত্তর দিতে দেরি হয়েছে।
follow-up-due-extended = এটিই আমাদের দেওয়া নতুন তারিখ।
follow-up-due-allowed = আমাদের আরও সময় লাগলে, আমাদের প্রক্রিয়া অনুযায়ী আমরা বড়জোর { $date } তারিখ পর্যন্ত সময় নিতে পারি, এবং কেন, তা আমরা আপনাকে জানাব।
follow-up-due-beyond-allowed = আমাদের প্রক্রিয়ায় যতটা সময় নেওয়া যায়, এটি তার চেয়ে দেরিতে: বড়জোর { $date } তারিখ। কেন, তা আপনি আমাদের জিজ্ঞেস করতে পারেন।
follow-up-due-wait = তখনও উত্তর না পৌঁছালে, আমাদের রিমাইন্ডার পাঠাতে এখানে ফিরে আসুন।
# $stage is the next stage's name.
follow-up-next-heading = “{ $stage }”-এর জন্য অনুরোধ
follow-up-next-council-decides = এই ধাপটি হবে কি না, তা আমরা ঠিক করি। না হলে, কেন হবে না তা আমরা আপনাকে লিখে জানাব।
follow-up-ask-by = { $date } তারিখের মধ্যে অনুরোধ করুন।
follow-up-ask-by-depends = আমাদের উত্তর কোন দিন পৌঁছেছিল তার ওপর নির্ভর করে, অনুরোধ করার শেষ দিন { $earliest } থেকে { $latest } তারিখের মধ্যে। যত তাড়াতাড়ি পারেন অনুরোধ করুন।
follow-up-ask-by-passed = অনুরোধ করার শেষ দিন ছিল { $date }। আপনি এখনও অনুরোধ করতে পারেন: এখন কেন অনুরোধ করছেন, তা আমাদের জানান। দেরিতে করা অনুরোধ আমরা গ্রহণ করব কি না, তা আমরা ঠিক করি, এবং আমরা গ্রহণ না করলেও, ন্যায়পাল হয়তো তবুও আপনার অভিযোগ খতিয়ে দেখতে পারে।
follow-up-ask-by-none = অনুরোধ করার কোনো শেষ দিন নেই, তবে বিষয়গুলো মনে টাটকা থাকতে থাকতেই তাড়াতাড়ি অনুরোধ করা ভালো।
follow-up-if-asked-today = আজ অনুরোধ করলে:
follow-up-ombudsman-heading = ন্যায়পালের কাছে যাওয়া
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = আপনার অভিযোগ খতিয়ে দেখতে আপনি এখনই এই সংস্থাকে বলতে পারেন: { $ombudsman }। এই সেবা বিনামূল্যে পাওয়া যায়, সংস্থাটি স্বাধীন, এবং এটি কোনো পক্ষ নেয় না।
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = অর্থাৎ বড়জোর { $date } তারিখের মধ্যে, আর অভিযোগ করার আগেই সমস্যাটির কথা জেনে থাকলে তার আগে।
follow-up-ombudsman-by = অর্থাৎ { $date } তারিখের মধ্যে।
follow-up-ombudsman-passed = সেই দিনটি পার হয়ে গেছে। আগে সংস্থাটির কাছে যেতে না পারার উপযুক্ত কারণ থাকলে, তারা হয়তো তবুও আপনার অভিযোগ খতিয়ে দেখতে পারে: কারণটি তাদের জানান।
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = সাধারণত আমাদের কাজ শেষ হওয়ার পরে, অর্থাৎ “{ $stage }”-এর পরে, এই সংস্থা কোনো অভিযোগ খতিয়ে দেখে: { $ombudsman }।
follow-up-request-question = আপনি কী করতে চান?
follow-up-request-next = পরের ধাপের জন্য অনুরোধ করুন
follow-up-request-chase = আমাদের একটি রিমাইন্ডার পাঠান
follow-up-request-chase-hint = আমাদের উত্তরে কেন দেরি হচ্ছে এবং কবে আপনি তা পাবেন, তা জিজ্ঞেস করুন।
follow-up-request-error = আপনি কী করতে চান, তা বেছে নিন
unresolved-question = কোন বিষয়ে আপনি এখনও অসন্তুষ্ট?
unresolved-hint = আমাদের উত্তরের কোন কথার সঙ্গে আপনি একমত নন, কী এখনও ঠিক করা হয়নি, এবং আপনি কী হোক বলে চান, তা আমাদের জানান। শেষ দিনের পরে অনুরোধ করলে, কেন, তা আমাদের জানান।
unresolved-error = কোন বিষয়ে আপনি এখনও অসন্তুষ্ট, তা লিখুন
unresolved-too-long = “কোন বিষয়ে এখনও অসন্তুষ্ট” উত্তরটি { $max } অক্ষর বা তার কম হতে হবে

## What happens next: dates

timeline-due = { $what }: { $due } তারিখের মধ্যে
timeline-due-extendable = { $what }: { $due } তারিখের মধ্যে, অথবা আরও সময় লাগলে বড়জোর { $latest } তারিখের মধ্যে
timeline-waiting = { $what }: তারিখটি আমরা আপনাকে জানাব
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = এর জন্য কোনো নির্দিষ্ট তারিখ নেই: আমরা আপনার সঙ্গে যোগাযোগ করব।
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = আপনি আমাদের “{ $stage }” থেকে শুরু করতে বলেছেন। আমরা রাজি কি না, তা আপনাকে জানাব। রাজি না হলে, আপনার অভিযোগ “{ $otherwise }” থেকে শুরু হবে।
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = কেবল যদি আমরা “{ $stage }” থেকে শুরু করতে রাজি না হই।

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = প্রাপ্তবয়স্কদের সামাজিক সেবার অভিযোগ প্রক্রিয়া
procedure-children-statutory-england = শিশুদের সামাজিক সেবার অভিযোগ প্রক্রিয়া
procedure-general-barnsley = কাউন্সিলের অভিযোগ প্রক্রিয়া
procedure-general-council-000 = কাউন্সিলের অভিযোগ প্রক্রিয়া
procedure-lgsco-complaint-handling-code = কাউন্সিলের অভিযোগ প্রক্রিয়া
procedure-northern-ireland-nipso-model = কাউন্সিলের অভিযোগ প্রক্রিয়া
procedure-scotland-spso = অভিযোগ সামলানোর প্রক্রিয়া
procedure-wales-psow-model = কাউন্সিলের অভিযোগ প্রক্রিয়া
procedure-wales-social-services = সামাজিক সেবা বিভাগের (সোশ্যাল সার্ভিসেস) অভিযোগ প্রক্রিয়া
stage-adult-complaint = আপনার অভিযোগ
stage-early-resolution = প্রাথমিক সমাধান
stage-formal-investigation = ধাপ ২: আনুষ্ঠানিক তদন্ত
stage-informal-resolution = ধাপ ১: অনানুষ্ঠানিক সমাধান
stage-frontline-response = ধাপ ১: দ্রুত উত্তর
stage-independent-investigation = ধাপ ২: স্বাধীন তদন্ত
stage-investigation = ধাপ ১: তদন্ত
stage-local-resolution = ধাপ ১: একজন ম্যানেজার বিষয়টি দেখেন
stage-next-working-day = পরের কর্মদিবসের মধ্যে বিষয়টি ঠিক করা
stage-on-the-spot = সঙ্গে সঙ্গেই বিষয়টি মিটিয়ে ফেলা
stage-review = ধাপ ২: পর্যালোচনা
stage-review-panel = ধাপ ৩: স্বাধীন পর্যালোচনা প্যানেল
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = টিমের বাইরের কেউ আপনার অভিযোগ খতিয়ে দেখেন এবং একটি রিপোর্ট লেখেন। তারপর একজন সিনিয়র ম্যানেজার আপনাকে আমাদের উত্তর পাঠান।
stage-review-panel-about = তিনজন স্বাধীন ব্যক্তি পুরো পরিস্থিতি খতিয়ে দেখেন এবং আপনার কথা শুনতে আপনার সঙ্গে দেখা করেন। তদন্তটি ন্যায্য ছিল কি না, তদন্তে যে সিদ্ধান্তে পৌঁছানো হয়েছে তা যুক্তিসংগত ছিল কি না, এবং আরও কিছু করা যায় কি না, তা তাঁরা ঠিক করেন।
stage-review-about = ধাপ ১-এ আমাদের উত্তরে আপনি সন্তুষ্ট না হলে, আপনার মতে যেসব বিষয়ের উত্তর এখনও মেলেনি, সেগুলো নিয়ে আমাদের টিম আপনার সঙ্গে কাজ করে। পর্যালোচনা মানে আরেকটি তদন্ত নয়। পর্যালোচনা হবে কি না, তা একজন সিনিয়র ডিরেক্টর ঠিক করেন; না হলে, কেন হবে না তা আমরা আপনাকে লিখে জানাই।
stage-stage1 = ধাপ ১
stage-stage2 = ধাপ ২
stage-stage2-investigation = ধাপ ২: তদন্ত
stage-talk-to-the-service = সেবাটির সঙ্গে কথা বলা
milestone-acknowledgement = আমরা আপনাকে জানাই যে আপনার অভিযোগ পেয়েছি, এবং দেখা করার প্রস্তাব দিই
milestone-completion = আমরা আপনার অভিযোগ খতিয়ে দেখা শেষ করি
milestone-early-resolution = আমরা বিষয়টি মিটিয়ে ফেলার চেষ্টা করি
milestone-next-working-day-resolution = আমরা বিষয়টি ঠিক করার চেষ্টা করি
milestone-stage1-acknowledgement = আমরা আপনাকে জানাই যে আপনার অভিযোগ পেয়েছি
milestone-stage1-contact = আমাদের টিম আপনার সঙ্গে যোগাযোগ করে
milestone-stage1-discussion = কীভাবে সমাধান করা যায়, তা নিয়ে আমরা আপনার সঙ্গে কথা বলি
milestone-stage1-response = আমরা আপনাকে আমাদের উত্তর পাঠাই
milestone-stage2-acknowledgement = আমরা আপনাকে জানাই যে ধাপ ২-এর জন্য আপনার অনুরোধ পেয়েছি
milestone-stage2-response = আমরা আপনাকে তদন্তের রিপোর্ট ও আমাদের উত্তর পাঠাই
milestone-stage2-review = আমরা পর্যালোচনা শেষ করি
milestone-stage3-panel-meeting = পর্যালোচনা প্যানেল বৈঠকে বসে
milestone-stage3-panel-report = পর্যালোচনা প্যানেল তাদের রিপোর্ট পাঠায়
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = ধাপ ১-এ আমাদের উত্তরের পর { $count } কর্মদিবসের মধ্যে আপনি ধাপ ২-এর জন্য অনুরোধ করতে পারেন।
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = ধাপ ২-এ আমাদের উত্তরের পর { $count } কর্মদিবসের মধ্যে আপনি পর্যালোচনা প্যানেল চাইতে পারেন।
milestone-stage3-response = আমরা প্যানেলের রিপোর্টের উত্তর দিই
ombudsman-lgsco = স্থানীয় সরকার ও সামাজিক সেবা ন্যায়পাল (Local Government and Social Care Ombudsman)
ombudsman-psow = ওয়েলসের সরকারি সেবা ন্যায়পাল (Public Services Ombudsman for Wales)
ombudsman-spso = স্কটল্যান্ডের সরকারি সেবা ন্যায়পাল (Scottish Public Services Ombudsman)
ombudsman-nipso = উত্তর আয়ারল্যান্ডের সরকারি সেবা ন্যায়পাল (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = আপনি যদি এখনও অসন্তুষ্ট থাকেন
# $ombudsman is the Ombudsman's name.
ombudsman-intro = আপনার অভিযোগ খতিয়ে দেখতে আপনি এই সংস্থাকে বলতে পারেন: { $ombudsman }। এই সেবা বিনামূল্যে পাওয়া যায়, সংস্থাটি স্বাধীন, এবং এটি কোনো পক্ষ নেয় না।
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] সাধারণত, সমস্যাটির কথা আপনি প্রথম যখন জানতে পেরেছিলেন, তখন থেকে { $months } মাসের মধ্যে আপনাকে সংস্থাটির কাছে যেতে হবে, আমাদের উত্তরের পর থেকে { $months } মাসের মধ্যে নয়।
   *[other] সাধারণত, সমস্যাটির কথা আপনি প্রথম যখন জানতে পেরেছিলেন, তখন থেকে { $months } মাসের মধ্যে আপনাকে সংস্থাটির কাছে যেতে হবে, আমাদের উত্তরের পর থেকে { $months } মাসের মধ্যে নয়।
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] সাধারণত, আমাদের চূড়ান্ত উত্তরের পর থেকে { $months } মাসের মধ্যে আপনাকে সংস্থাটির কাছে যেতে হবে।
   *[other] সাধারণত, আমাদের চূড়ান্ত উত্তরের পর থেকে { $months } মাসের মধ্যে আপনাকে সংস্থাটির কাছে যেতে হবে।
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = আপনি আমাদের যে তারিখ দিয়েছেন, সেই অনুযায়ী শেষ তারিখ হলো { $date }।
ombudsman-early = সংস্থাটি সাধারণত আশা করে যে আগে আমরা আপনার অভিযোগের কাজ শেষ করব। যুক্তিসঙ্গত সময়ের মধ্যে আমরা আপনাকে উত্তর না দিলে, সংস্থাটি হয়তো আগেই বিষয়টি খতিয়ে দেখতে পারে।
ombudsman-ready = সংস্থাটির সঙ্গে যোগাযোগ করার সময়, আপনার রেফারেন্স ({ $reference }), আপনাকে দেওয়া আমাদের উত্তরগুলো, এবং আপনার অভিযোগ নিয়ে যেকোনো চিঠি, ইমেইল বা কাগজপত্র হাতের কাছে রাখুন।
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = তাঁদের উত্তরে সন্তুষ্ট না হলে, বিষয়টি খতিয়ে দেখতে আপনি এই সংস্থাকে বলতে পারেন: { $body }।
regulator-cqc = কেয়ারের মান কমিশন (Care Quality Commission)
regulator-ciw = ওয়েলসের কেয়ার পরিদর্শন সংস্থা (Care Inspectorate Wales)
regulator-care-inspectorate = স্কটল্যান্ডের কেয়ার পরিদর্শন সংস্থা (Care Inspectorate)
regulator-rqia = নিয়ন্ত্রণ ও মান উন্নয়ন কর্তৃপক্ষ (Regulation and Quality Improvement Authority)
regulator-tell-cqc = আপনি আপনার অভিযোগের কথা কেয়ারের মান কমিশনকেও (Care Quality Commission) জানাতে পারেন। এই সংস্থা কেয়ার সেবার মান পরীক্ষা করে, কিন্তু আলাদা আলাদা অভিযোগ খতিয়ে দেখে না।
regulator-tell-ciw = আপনি আপনার অভিযোগের কথা ওয়েলসের কেয়ার পরিদর্শন সংস্থাকেও (Care Inspectorate Wales) জানাতে পারেন। এই সংস্থা কেয়ার সেবার মান পরীক্ষা করে, কিন্তু আলাদা আলাদা অভিযোগ খতিয়ে দেখে না।
regulator-tell-care-inspectorate = আপনি আপনার অভিযোগের কথা স্কটল্যান্ডের কেয়ার পরিদর্শন সংস্থাকেও (Care Inspectorate) জানাতে পারেন। এই সংস্থা কেয়ার সেবাগুলো পরীক্ষা করে, এবং কোনো কেয়ার সেবা নিয়ে অভিযোগ খতিয়ে দেখতে পারে।
regulator-tell-rqia = আপনি আপনার অভিযোগের কথা নিয়ন্ত্রণ ও মান উন্নয়ন কর্তৃপক্ষকেও (Regulation and Quality Improvement Authority, RQIA) জানাতে পারেন। এই সংস্থা কেয়ার সেবার মান পরীক্ষা করে, কিন্তু আলাদা আলাদা অভিযোগ খতিয়ে দেখে না।

## Which procedure, and why

routing-reason-children = আপনার অভিযোগ শিশুদের সামাজিক সেবা নিয়ে। তাই এটি শিশুদের সামাজিক সেবার অভিযোগ প্রক্রিয়া মেনে চলবে। এই প্রক্রিয়া আইনে ঠিক করে দেওয়া আছে।
routing-reason-adults = আপনার অভিযোগ প্রাপ্তবয়স্কদের এমন সামাজিক সেবা নিয়ে, যার ব্যবস্থা কাউন্সিল করে। তাই এটি প্রাপ্তবয়স্কদের সামাজিক সেবার অভিযোগ প্রক্রিয়া মেনে চলবে। এই প্রক্রিয়া আইনে ঠিক করে দেওয়া আছে।
routing-reason-adults-council-part = আপনার অভিযোগ আপনার কেয়ারে কাউন্সিলের ভূমিকা নিয়ে। তাই এটি প্রাপ্তবয়স্কদের সামাজিক সেবার অভিযোগ প্রক্রিয়া মেনে চলবে। এই প্রক্রিয়া আইনে ঠিক করে দেওয়া আছে।
routing-reason-adults-own-procedure = আপনার অভিযোগ প্রাপ্তবয়স্কদের এমন সামাজিক সেবা নিয়ে, যার ব্যবস্থা কাউন্সিল করে। প্রাপ্তবয়স্কদের সামাজিক সেবা নিয়ে অভিযোগ কাউন্সিল তার নিজস্ব অভিযোগ প্রক্রিয়ায় দেখে।
routing-reason-adults-council-part-own-procedure = আপনার অভিযোগ আপনার কেয়ারে কাউন্সিলের ভূমিকা নিয়ে। প্রাপ্তবয়স্কদের সামাজিক সেবা নিয়ে অভিযোগ কাউন্সিল তার নিজস্ব অভিযোগ প্রক্রিয়ায় দেখে।
routing-reason-general = আপনার অভিযোগ কাউন্সিলের অভিযোগ প্রক্রিয়া মেনে চলবে।

## Exit this page

exit-button = এই পেজ থেকে বের হন
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = জরুরি
exit-hint = অথবা Shift বোতামটি ৩ বার চাপুন। আপনার উত্তরগুলো মুছে যাবে।
exit-shift-count = { $count ->
    [one] Shift, বের হতে আরও { $count } বার চাপুন।
   *[other] Shift, বের হতে আরও { $count } বার চাপুন।
}

## Your answers (footer)

answers-heading = আপনার উত্তর
answers-kept-tab = আপনি পাঠানো বা ট্যাবটি বন্ধ না করা পর্যন্ত, আপনার উত্তরগুলো ব্রাউজারের এই ট্যাবে রাখা থাকবে।
answers-kept-device = আপনি পাঠানো বা মুছে না ফেলা পর্যন্ত, আপনার উত্তরগুলো এই ডিভাইসে সেভ করা থাকবে।
answers-shared-warning = অন্য কেউ এই ডিভাইস ব্যবহার না করলে তবেই এখানে আপনার উত্তর সেভ করুন: যে কেউ এটি ব্যবহার করলে সেগুলো পড়তে পারবেন।
answers-keep-device = আমার উত্তরগুলো এই ডিভাইসে সেভ করুন
answers-keep-tab = আমার উত্তরগুলো শুধু এই ট্যাবে রাখুন
answers-clear = আমার উত্তরগুলো মুছে ফেলুন
answers-clear-sure = এতে আপনি এখন পর্যন্ত আমাদের যা বলেছেন, তার সবকিছু মুছে যাবে। আপনি কি নিশ্চিত?
answers-clear-yes = হ্যাঁ, আমার উত্তরগুলো মুছে ফেলুন
answers-clear-no = না, রেখে দিন
answers-cleared = আপনার উত্তরগুলো মুছে ফেলা হয়েছে।
# Links in the footer to pages of the council's own site.
footer-privacy = গোপনীয়তা বিজ্ঞপ্তি
footer-accessibility = অ্যাক্সেসিবিলিটি বিবৃতি
# The footer link to the council's complaints procedure.
footer-procedure = কাউন্সিলের অভিযোগ প্রক্রিয়া

## Calendar file

confirmation-calendar = এই তারিখগুলো আপনার ক্যালেন্ডারে যোগ করুন (.ics ফাইল)
ics-summary = { $what } (অভিযোগ { $reference })
ics-description = { $council }-এর কাছে আপনার অভিযোগ, রেফারেন্স { $reference }।

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = ভাষা
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
language-load-failed = দুঃখিত, ওই ভাষাটি লোড করা যায়নি। তাই এই সেবাটি ইংরেজিতে দেখানো হচ্ছে। পরে আবার চেষ্টা করুন।

other-ways-heading = এই অনলাইন ফর্মটির জন্য JavaScript প্রয়োজন
other-ways-why = আপনার ব্রাউজারে JavaScript বন্ধ বা অবরুদ্ধ আছে, অথবা আপনার ব্রাউজার এই ফর্মটি চালাতে পারে না।
other-ways-instead = আপনি এখনও এই উপায়গুলোর যেকোনো একটিতে অভিযোগ, প্রশংসা বা মন্তব্য জানাতে পারেন।
other-ways-back = শুরুর পাতায় ফিরে যান

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = { $council }-এর কাছে আপনার অভিযোগের জন্য ধন্যবাদ। আমরা এটি পেয়েছি, এবং নিচে দেওয়া তারিখগুলোর মধ্যে আমরা এটি নিয়ে কাজ করব। এই ইমেইলটি রেখে দিন।
acknowledgement-intro-feedback = { $council }-এর কাছে আপনার বার্তার জন্য ধন্যবাদ। আমরা এটি পেয়েছি।
acknowledgement-intro-follow-up = { $council }-এর কাছে করা আপনার অভিযোগ নিয়ে আপনার অনুরোধ আমরা পেয়েছি।
acknowledgement-contact = কোনো প্রশ্ন থাকলে, { $council }-এর সঙ্গে যোগাযোগ করুন এবং আপনার রেফারেন্স, { $reference }, উল্লেখ করুন।
acknowledgement-why = আপনি এই ইমেইলটি পাচ্ছেন, কারণ { $council }-এর অনলাইন অভিযোগ ফর্ম ব্যবহার করে কিছু পাঠানোর সময় এই ইমেইল ঠিকানাটি দেওয়া হয়েছিল। আপনি যদি তা না পাঠিয়ে থাকেন, আমাদের জানান।
