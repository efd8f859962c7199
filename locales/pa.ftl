# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# ਇਹ ਅਨੁਵਾਦ ਦਾ ਖਰੜਾ (DRAFT) ਹੈ, ਜਿਸ ਦੀ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਵੱਲੋਂ ਜਾਂਚ ਹੋਣੀ ਬਾਕੀ ਹੈ। ਉਸ ਜਾਂਚ ਤੋਂ ਬਿਨਾਂ ਇਸ ਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਾ ਕਰੋ।
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = ਸ਼ਿਕਾਇਤ ਕਰੋ ਜਾਂ ਆਪਣੀ ਰਾਏ ਦਿਓ
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
page-load-failed-title = ਇਹ ਪੰਨਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ
page-load-failed-body = ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਹੁਣ ਤੱਕ ਦੇ ਤੁਹਾਡੇ ਜਵਾਬ ਗੁੰਮ ਨਹੀਂ ਹੋਏ ਹਨ।
page-load-try-again = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ

## Start page

start-heading = { $council } ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ ਜਾਂ ਆਪਣੀ ਰਾਏ ਦਿਓ
start-intro = ਸਾਡੀ ਕਿਸੇ ਵੀ ਸੇਵਾ ਬਾਰੇ ਆਪਣੀ ਰਾਏ ਦੱਸਣ ਲਈ ਇਸ ਸੇਵਾ ਦੀ ਵਰਤੋਂ ਕਰੋ। ਇਸ ਵਿੱਚ ਬੱਚਿਆਂ ਅਤੇ ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ (ਸਮਾਜਿਕ ਦੇਖਭਾਲ) ਵੀ ਸ਼ਾਮਲ ਹੈ।
start-you-can = ਤੁਸੀਂ ਇਹ ਕਰ ਸਕਦੇ ਹੋ:
start-can-complain = ਸ਼ਿਕਾਇਤ ਕਰਨਾ
start-can-compliment = ਤਾਰੀਫ਼ ਕਰਨਾ
start-can-comment = ਕੋਈ ਟਿੱਪਣੀ ਜਾਂ ਸੁਝਾਅ ਦੇਣਾ
start-hear-from-you = ਅਸੀਂ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਕਦੋਂ ਕੁਝ ਗ਼ਲਤ ਹੁੰਦਾ ਹੈ ਅਤੇ ਕਦੋਂ ਅਸੀਂ ਚੰਗਾ ਕੰਮ ਕਰਦੇ ਹਾਂ। ਸਾਨੂੰ ਦੱਸਣਾ “ਐਵੇਂ ਰੌਲਾ ਪਾਉਣਾ” ਨਹੀਂ ਹੈ।
start-button = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
start-talk-first-heading = ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
start-talk-first = ਅਕਸਰ ਪਹਿਲਾਂ ਉਸ ਵਿਅਕਤੀ ਜਾਂ ਟੀਮ ਨਾਲ ਗੱਲ ਕਰਨ ਨਾਲ ਮਦਦ ਮਿਲਦੀ ਹੈ ਜਿਸ ਨਾਲ ਤੁਹਾਡਾ ਵਾਸਤਾ ਪੈਂਦਾ ਹੈ: ਬਹੁਤ ਸਾਰੀਆਂ ਸਮੱਸਿਆਵਾਂ ਉਸੇ ਵੇਲੇ ਹੱਲ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਜੇ ਤੁਸੀਂ ਗੱਲ ਨਹੀਂ ਕੀਤੀ, ਜਾਂ ਗੱਲ ਕਰਨ ਨਾਲ ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ ਪਿਆ, ਤਾਂ ਵੀ ਤੁਸੀਂ ਇਹ ਸੇਵਾ ਵਰਤ ਸਕਦੇ ਹੋ।
start-need-heading = ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੋਵੇਗਾ
start-need-what = ਕੀ ਹੋਇਆ, ਅਤੇ ਲਗਭਗ ਕਦੋਂ
start-need-service = ਇਹ ਕਿਹੜੀ ਸੇਵਾ ਜਾਂ ਟੀਮ ਬਾਰੇ ਹੈ
start-need-outcome = ਮਾਮਲਾ ਠੀਕ ਕਰਨ ਲਈ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਕੀ ਕਰੀਏ
start-need-contact = ਤੁਹਾਡੇ ਸੰਪਰਕ ਵੇਰਵੇ, ਜੇ ਤੁਸੀਂ ਜਵਾਬ ਚਾਹੁੰਦੇ ਹੋ
start-need-help = ਤੁਸੀਂ ਕਿਸੇ ਨੂੰ ਆਪਣੀ ਮਦਦ ਕਰਨ ਲਈ, ਜਾਂ ਆਪਣੀ ਥਾਂ ਇਹ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਇਹ ਫ਼ਾਰਮ ਭਰਨ ਲਈ ਤੁਹਾਨੂੰ ਜਿੰਨਾ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ, ਤੁਸੀਂ ਓਨਾ ਸਮਾਂ ਲੈ ਸਕਦੇ ਹੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬ ਭੇਜਦੇ ਨਹੀਂ, ਉਹ ਇਸੇ ਡਿਵਾਈਸ ’ਤੇ ਰਹਿੰਦੇ ਹਨ।
start-risk-heading = ਕੀ ਇਸ ਵੇਲੇ ਕਿਸੇ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਣ ਦਾ ਖ਼ਤਰਾ ਹੈ?
start-risk-emergency = ਜੇ ਕੋਈ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ { $number } ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
start-risk-adults = ਕਿਸੇ ਬਾਲਗ ਬਾਰੇ ਫ਼ਿਕਰ ਹੈ
start-risk-children = ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਫ਼ਿਕਰ ਹੈ
start-risk-out-of-hours = ਦਫ਼ਤਰ ਦੇ ਸਮੇਂ ਤੋਂ ਬਾਹਰ, ਐਮਰਜੈਂਸੀ ਡਿਊਟੀ ਟੀਮ (emergency duty team) ਨੂੰ ਫ਼ੋਨ ਕਰੋ
start-other-ways-heading = ਸੰਪਰਕ ਕਰਨ ਦੇ ਹੋਰ ਤਰੀਕੇ

## Contact details

contact-phone = ਫ਼ੋਨ
contact-email = ਈਮੇਲ
contact-post = ਚਿੱਠੀ ਇੱਥੇ ਭੇਜੋ
contact-in-person = ਸਾਨੂੰ ਮਿਲਣ ਆਓ
contact-website = ਵੈੱਬਸਾਈਟ
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens } ਤੋਂ { $closes } ਤੱਕ
# A run of days, such as "Monday to Friday".
opening-days = { $from } ਤੋਂ { $to } ਤੱਕ
weekday-monday = ਸੋਮਵਾਰ
weekday-tuesday = ਮੰਗਲਵਾਰ
weekday-wednesday = ਬੁੱਧਵਾਰ
weekday-thursday = ਵੀਰਵਾਰ
weekday-friday = ਸ਼ੁੱਕਰਵਾਰ
weekday-saturday = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-sunday = ਐਤਵਾਰ
opening-any-time = ਕਿਸੇ ਵੀ ਵੇਲੇ

## When the wizard cannot start

config-error-title = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸੇਵਾ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ
config-error-body = ਤੁਸੀਂ ਫਿਰ ਵੀ ਫ਼ੋਨ, ਈਮੇਲ ਜਾਂ ਚਿੱਠੀ ਰਾਹੀਂ ਕੌਂਸਲ ਨਾਲ ਸੰਪਰਕ ਕਰਕੇ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ ਜਾਂ ਆਪਣੀ ਰਾਏ ਦੇ ਸਕਦੇ ਹੋ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਇਹ ਸੇਵਾ ਦੁਬਾਰਾ ਵਰਤ ਕੇ ਦੇਖੋ।
config-error-emergency = ਜੇ ਕੋਈ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = ਮਾਫ਼ ਕਰਨਾ, ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ
crash-body = ਤੁਹਾਡੇ ਜਵਾਬ ਗੁਆਚੇ ਨਹੀਂ ਹਨ। ਉਹਨਾਂ ਨੂੰ ਹੇਠਾਂ ਤੋਂ ਕਾਪੀ ਜਾਂ ਡਾਊਨਲੋਡ ਕਰ ਲਓ, ਫਿਰ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
crash-answers = ਹੁਣ ਤੱਕ ਦੇ ਤੁਹਾਡੇ ਜਵਾਬ
crash-download = ਆਪਣੇ ਜਵਾਬ ਡਾਊਨਲੋਡ ਕਰੋ

## Shared by question pages

continue = ਅੱਗੇ ਵਧੋ
back = ਪਿੱਛੇ
answer-yes = ਹਾਂ
answer-no = ਨਹੀਂ
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
# Read out before each error message, hidden on screen.
error-prefix = ਗ਼ਲਤੀ:
# Put in front of the page title while the page shows errors.
page-title-error = ਗ਼ਲਤੀ: { $title }
character-count-remaining = { $count ->
    [one] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹੈ
   *[other] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹਨ
}
character-count-over = { $count ->
    [one] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖਿਆ ਹੈ
   *[other] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖੇ ਹਨ
}
date-day = ਦਿਨ
date-month = ਮਹੀਨਾ
date-year = ਸਾਲ
date-error-month = ਮਹੀਨਾ 1 ਤੋਂ 12 ਤੱਕ ਦੇ ਨੰਬਰ ਵਿੱਚ ਲਿਖੋ
date-error-year = ਸਾਲ 4 ਅੰਕਾਂ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 2025
date-error-real = ਸਹੀ ਤਾਰੀਖ਼ ਲਿਖੋ, ਜਿਵੇਂ 27 3 2025, ਜਾਂ ਸਿਰਫ਼ ਮਹੀਨਾ ਅਤੇ ਸਾਲ, ਜਿਵੇਂ 3 2025
date-error-future = ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਅੱਜ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ

## What would you like to do?

kind-question = ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
kind-complaint = ਸ਼ਿਕਾਇਤ ਕਰੋ
kind-complaint-hint = ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ ਹੈ, ਜਾਂ ਤੁਸੀਂ ਕਿਸੇ ਸੇਵਾ ਤੋਂ, ਕਿਸੇ ਫ਼ੈਸਲੇ ਤੋਂ ਜਾਂ ਤੁਹਾਡੇ ਨਾਲ ਹੋਏ ਵਿਹਾਰ ਤੋਂ ਨਾਖ਼ੁਸ਼ ਹੋ।
kind-compliment = ਤਾਰੀਫ਼ ਕਰੋ
kind-compliment-hint = ਸਾਨੂੰ ਕਿਸੇ ਅਜਿਹੇ ਕੰਮ ਬਾਰੇ ਦੱਸੋ ਜੋ ਅਸੀਂ ਚੰਗਾ ਕੀਤਾ, ਜਾਂ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਬਾਰੇ ਜਿਸ ਨੇ ਤੁਹਾਡੀ ਮਦਦ ਕੀਤੀ।
kind-comment = ਟਿੱਪਣੀ ਜਾਂ ਸੁਝਾਅ ਦਿਓ
kind-comment-hint = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਅਸੀਂ ਆਪਣਾ ਕੰਮ ਹੋਰ ਵਧੀਆ ਕਿਵੇਂ ਕਰ ਸਕਦੇ ਹਾਂ।
kind-follow-up = ਪਹਿਲਾਂ ਕੀਤੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਅੱਗੇ ਕਾਰਵਾਈ ਕਰੋ
kind-follow-up-hint = ਅਗਲੇ ਪੜਾਅ ਲਈ ਬੇਨਤੀ ਕਰੋ, ਕਿਸੇ ਅਜਿਹੇ ਜਵਾਬ ਬਾਰੇ ਸਾਨੂੰ ਯਾਦ ਦਿਵਾਓ ਜਿਸ ਵਿੱਚ ਦੇਰੀ ਹੋ ਗਈ ਹੈ, ਜਾਂ ਪਤਾ ਕਰੋ ਕਿ ਤੁਸੀਂ ਲੋਕਪਾਲ ਕੋਲ ਕਦੋਂ ਜਾ ਸਕਦੇ ਹੋ।
kind-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ

## Is anyone at risk?

safety-question = ਕੀ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਜਾਂ ਕਿਸੇ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਣ ਦਾ ਖ਼ਤਰਾ ਹੈ?
safety-hint = ਇਹ ਤੁਸੀਂ ਖ਼ੁਦ ਹੋ ਸਕਦੇ ਹੋ, ਕੋਈ ਬੱਚਾ, ਜਾਂ ਕੋਈ ਬਾਲਗ ਜਿਸ ਨੂੰ ਦੇਖਭਾਲ ਅਤੇ ਸਹਾਇਤਾ ਦੀ ਲੋੜ ਹੈ।
safety-error = ਜੇ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਜਾਂ ਕਿਸੇ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਣ ਦਾ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ ‘ਹਾਂ’ ਚੁਣੋ
safety-advice-heading = ਹੁਣੇ ਮਦਦ ਲਓ
safety-advice-emergency = ਜੇ ਕੋਈ ਤੁਰੰਤ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ ਹੁਣੇ { $number } ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
safety-advice-safeguarding = ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਬੱਚੇ ਦੀ, ਜਾਂ ਦੇਖਭਾਲ ਅਤੇ ਸਹਾਇਤਾ ਦੀ ਲੋੜ ਵਾਲੇ ਕਿਸੇ ਬਾਲਗ ਦੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਫ਼ਿਕਰ ਹੈ, ਤਾਂ ਸਾਡੀਆਂ ਸੋਸ਼ਲ ਕੇਅਰ ਟੀਮਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰੋ। ਉਹ ਤੁਰੰਤ ਕਾਰਵਾਈ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਜ਼ਿਆਦਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ।
safety-advice-carry-on = ਤੁਸੀਂ ਨਾਲ ਹੀ ਸ਼ਿਕਾਇਤ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।
safety-advice-history = “ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ” ਬਟਨ ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਿਸਟਰੀ ਨਹੀਂ ਮਿਟਾਉਂਦਾ। ਜੇ ਕੋਈ ਹੋਰ ਇਸ ਡਿਵਾਈਸ ਨੂੰ ਦੇਖ ਸਕਦਾ ਹੈ, ਤਾਂ ਕੰਮ ਪੂਰਾ ਹੋਣ ’ਤੇ ਹਿਸਟਰੀ ਮਿਟਾ ਦਿਓ, ਜਾਂ ਪ੍ਰਾਈਵੇਟ ਬ੍ਰਾਊਜ਼ਿੰਗ ਵਾਲੀ ਵਿੰਡੋ ਵਰਤੋ।
safety-advice-continue = ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਜਾਰੀ ਰੱਖੋ

## Who is it for?

who-question = ਇਹ ਸ਼ਿਕਾਇਤ ਕਿਸ ਲਈ ਹੈ?
who-myself = ਮੇਰੇ ਆਪਣੇ ਲਈ
who-someone-else = ਕਿਸੇ ਹੋਰ ਲਈ
who-someone-else-hint = ਜਿਵੇਂ ਕਿ ਕੋਈ ਰਿਸ਼ਤੇਦਾਰ, ਦੋਸਤ, ਜਾਂ ਕੋਈ ਅਜਿਹਾ ਵਿਅਕਤੀ ਜਿਸ ਦੀ ਤੁਸੀਂ ਦੇਖਭਾਲ ਕਰਦੇ ਹੋ।
who-professional = ਮੈਂ ਕਿਸੇ ਦੀ ਤਰਫ਼ੋਂ ਕੰਮ ਕਰਨ ਵਾਲਾ ਹਿਮਾਇਤੀ (advocate) ਜਾਂ ਪੇਸ਼ੇਵਰ ਵਿਅਕਤੀ ਹਾਂ
who-professional-hint = ਜਿਵੇਂ ਕਿ ਕੋਈ ਹਿਮਾਇਤੀ (advocate), ਕਿਸੇ ਹੋਰ ਸੰਸਥਾ ਦਾ ਸੋਸ਼ਲ ਵਰਕਰ, ਜਾਂ ਵਕੀਲ (solicitor)।
who-error = ਚੁਣੋ ਕਿ ਸ਼ਿਕਾਇਤ ਕਿਸ ਲਈ ਹੈ
representation-heading = ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ ਜਿਸ ਦੀ ਤਰਫ਼ੋਂ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਰਹੇ ਹੋ
their-name-label = ਉਹਨਾਂ ਦਾ ਪੂਰਾ ਨਾਮ
their-name-error = ਉਸ ਵਿਅਕਤੀ ਦਾ ਪੂਰਾ ਨਾਮ ਲਿਖੋ ਜਿਸ ਦੀ ਤਰਫ਼ੋਂ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਰਹੇ ਹੋ
their-name-too-long = ਉਹਨਾਂ ਦਾ ਨਾਮ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
relationship-label = ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਕਿਵੇਂ ਜਾਣਦੇ ਹੋ?
relationship-hint = ਜਿਵੇਂ ਕਿ “ਮੇਰੀ ਮਾਂ”, “ਮੇਰਾ ਗੁਆਂਢੀ” ਜਾਂ “ਮੈਂ ਉਹਨਾਂ ਦਾ ਹਿਮਾਇਤੀ (advocate) ਹਾਂ”।
relationship-error = ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਵੇਂ ਜਾਣਦੇ ਹੋ
relationship-too-long = ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਕਿਵੇਂ ਜਾਣਦੇ ਹੋ, ਇਹ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
consent-question = ਕੀ ਉਹ ਇਸ ਗੱਲ ਲਈ ਸਹਿਮਤ ਹਨ ਕਿ ਤੁਸੀਂ ਉਹਨਾਂ ਦੀ ਤਰਫ਼ੋਂ ਇਹ ਸ਼ਿਕਾਇਤ ਕਰੋ?
consent-hint = ਉਹਨਾਂ ਦੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ, ਅਤੇ ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਦੇਖਣ ਲਈ, ਸਾਨੂੰ ਉਹਨਾਂ ਦੀ ਇਜਾਜ਼ਤ ਚਾਹੀਦੀ ਹੈ। ਉਹਨਾਂ ਦੀ ਇਜਾਜ਼ਤ ਹੋਣ ’ਤੇ ਵੀ, ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਅਸੀਂ ਤੁਹਾਨੂੰ ਸਭ ਕੁਝ ਨਾ ਦੱਸ ਸਕੀਏ ਕਿ ਸਾਨੂੰ ਕੀ ਪਤਾ ਲੱਗਾ ਜਾਂ ਅਸੀਂ ਕੀ ਕੀਤਾ।
consent-given = ਹਾਂ, ਉਹ ਸਹਿਮਤ ਹਨ
consent-child = ਉਹ ਸਹਿਮਤੀ ਨਹੀਂ ਦੇ ਸਕਦੇ, ਕਿਉਂਕਿ ਉਹ ਅਜੇ ਬੱਚੇ ਹਨ
consent-lacks-capacity = ਉਹ ਸਹਿਮਤੀ ਨਹੀਂ ਦੇ ਸਕਦੇ, ਕਿਉਂਕਿ ਉਹ ਇਹ ਫ਼ੈਸਲਾ ਕਰਨ ਦੇ ਯੋਗ ਨਹੀਂ ਹਨ
consent-lacks-capacity-hint = ਜਿਵੇਂ ਕਿ ਡਿਮੈਂਸ਼ੀਆ (ਯਾਦਦਾਸ਼ਤ ਦੀ ਬਿਮਾਰੀ) ਜਾਂ ਕਿਸੇ ਗੰਭੀਰ ਬਿਮਾਰੀ ਕਰਕੇ।
consent-died = ਉਹ ਸਹਿਮਤੀ ਨਹੀਂ ਦੇ ਸਕਦੇ, ਕਿਉਂਕਿ ਉਹਨਾਂ ਦੀ ਮੌਤ ਹੋ ਚੁੱਕੀ ਹੈ
consent-not-yet = ਅਜੇ ਨਹੀਂ
consent-error = ਚੁਣੋ ਕਿ ਕੀ ਉਹ ਇਸ ਗੱਲ ਲਈ ਸਹਿਮਤ ਹਨ ਕਿ ਤੁਸੀਂ ਇਹ ਸ਼ਿਕਾਇਤ ਕਰੋ
consent-advice-heading = ਸਾਨੂੰ ਉਹਨਾਂ ਦੀ ਇਜਾਜ਼ਤ ਚਾਹੀਦੀ ਹੋਵੇਗੀ
consent-advice-permission = ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ, ਸਾਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ ਉਸ ਵਿਅਕਤੀ ਦੀ ਇਜਾਜ਼ਤ ਚਾਹੀਦੀ ਹੋਵੇਗੀ। ਇਜਾਜ਼ਤ ਕਿਵੇਂ ਦੇਣੀ ਹੈ, ਇਸ ਬਾਰੇ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ।
consent-advice-outcome = ਉਹਨਾਂ ਦੀ ਇਜਾਜ਼ਤ ਹੋਣ ’ਤੇ ਵੀ, ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਅਸੀਂ ਤੁਹਾਨੂੰ ਸਭ ਕੁਝ ਨਾ ਦੱਸ ਸਕੀਏ ਕਿ ਸਾਨੂੰ ਕੀ ਪਤਾ ਲੱਗਾ ਜਾਂ ਅਸੀਂ ਕੀ ਕੀਤਾ। ਇਹ ਉਹਨਾਂ ਦੀ ਨਿੱਜਤਾ ਦੀ ਰੱਖਿਆ ਲਈ ਹੈ।
consent-advice-carry-on = ਤੁਸੀਂ ਅੱਗੇ ਵਧ ਕੇ ਹੁਣੇ ਸਾਨੂੰ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਦੱਸ ਸਕਦੇ ਹੋ।
consent-advice-continue = ਅੱਗੇ ਵਧੋ

## What is it about?

topic-question = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਕਿਸ ਬਾਰੇ ਹੈ?
topic-children = ਬੱਚਿਆਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ
topic-children-hint = ਜਿਵੇਂ ਕਿ ਕਿਸੇ ਬੱਚੇ ਜਾਂ ਪਰਿਵਾਰ ਦਾ ਸੋਸ਼ਲ ਵਰਕਰ, ਫ਼ੋਸਟਰਿੰਗ (ਪਾਲਣ-ਪੋਸ਼ਣ ਲਈ ਬੱਚਾ ਰੱਖਣਾ), ਗੋਦ ਲੈਣਾ, ਜਾਂ ਬੱਚਿਆਂ ਦਾ ਕੇਅਰ ਹੋਮ।
topic-adults = ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ
topic-adults-hint = ਜਿਵੇਂ ਕਿ ਘਰ ਵਿੱਚ ਮਦਦ, ਕੇਅਰ ਹੋਮ, ਦੇਖਭਾਲ ਦੀਆਂ ਲੋੜਾਂ ਦਾ ਮੁਲਾਂਕਣ (care assessment), ਜਾਂ ਡਾਇਰੈਕਟ ਪੇਮੈਂਟਸ (direct payments)।
topic-other = ਕੌਂਸਲ ਦੀ ਕੋਈ ਹੋਰ ਸੇਵਾ
topic-other-hint = ਜਿਵੇਂ ਕਿ ਹਾਊਸਿੰਗ (ਰਿਹਾਇਸ਼), ਕੂੜਾ ਅਤੇ ਰੀਸਾਈਕਲਿੰਗ, ਸੜਕਾਂ, ਕੌਂਸਲ ਟੈਕਸ, ਜਾਂ ਸਕੂਲਾਂ ਵਿੱਚ ਦਾਖ਼ਲੇ। ਇਸ ਵਿੱਚ ਉਹ ਸੇਵਾਵਾਂ ਵੀ ਸ਼ਾਮਲ ਹਨ ਜੋ ਹੋਰ ਸੰਸਥਾਵਾਂ ਸਾਡੇ ਵੱਲੋਂ ਦਿੰਦੀਆਂ ਹਨ।
topic-child-protection = ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ (child protection conference) ਵਿੱਚ ਲਿਆ ਗਿਆ ਕੋਈ ਫ਼ੈਸਲਾ
topic-court = ਕੋਈ ਅਜਿਹੀ ਗੱਲ ਜਿਸ ਦਾ ਫ਼ੈਸਲਾ ਅਦਾਲਤ ਨੇ ਕੀਤਾ ਹੈ ਜਾਂ ਕਰ ਰਹੀ ਹੈ
topic-first-request = ਪਹਿਲੀ ਵਾਰ ਕਿਸੇ ਸੇਵਾ ਦੀ ਮੰਗ ਕਰਨਾ
topic-first-request-hint = ਜਿਵੇਂ ਕਿ ਦੇਖਭਾਲ ਦੀਆਂ ਲੋੜਾਂ ਦੇ ਮੁਲਾਂਕਣ ਦੀ ਮੰਗ ਕਰਨਾ, ਜਾਂ ਪਹਿਲੀ ਵਾਰ ਇਹ ਦੱਸਣਾ ਕਿ ਤੁਹਾਡਾ ਕੂੜਾ ਨਹੀਂ ਚੁੱਕਿਆ ਗਿਆ।
topic-error = ਚੁਣੋ ਕਿ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਕਿਸ ਬਾਰੇ ਹੈ
care-question = ਦੇਖਭਾਲ ਦਾ ਪ੍ਰਬੰਧ ਕੌਣ ਕਰਦਾ ਹੈ?
care-council = ਕੌਂਸਲ ਇਸ ਦਾ ਪ੍ਰਬੰਧ ਕਰਦੀ ਹੈ
care-council-hint = ਭਾਵੇਂ ਤੁਸੀਂ ਇਸ ਦਾ ਕੁਝ ਖ਼ਰਚਾ ਜਾਂ ਸਾਰਾ ਖ਼ਰਚਾ ਖ਼ੁਦ ਦਿੰਦੇ ਹੋ।
care-self-funded = ਇਸ ਦਾ ਪ੍ਰਬੰਧ ਅਤੇ ਖ਼ਰਚਾ ਮੇਰਾ ਆਪਣਾ ਹੈ, ਜਾਂ ਮੇਰੇ ਪਰਿਵਾਰ ਦਾ ਹੈ
care-error = ਚੁਣੋ ਕਿ ਦੇਖਭਾਲ ਦਾ ਪ੍ਰਬੰਧ ਕੌਣ ਕਰਦਾ ਹੈ
self-funded-heading = ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਦੇਖਭਾਲ ਦਾ ਪ੍ਰਬੰਧ ਅਤੇ ਖ਼ਰਚਾ ਖ਼ੁਦ ਕਰਦੇ ਹੋ
self-funded-provider = ਪਹਿਲਾਂ ਦੇਖਭਾਲ ਦੇਣ ਵਾਲਿਆਂ ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ: ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ ਦੇਣ ਵਾਲੀ ਏਜੰਸੀ (home care agency) ਜਾਂ ਕੇਅਰ ਹੋਮ ਨੂੰ।
self-funded-question = ਕੀ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਕਿਸੇ ਅਜਿਹੀ ਗੱਲ ਬਾਰੇ ਹੈ ਜੋ ਕੌਂਸਲ ਨੇ ਕੀਤੀ?
self-funded-hint = ਜਿਵੇਂ ਕਿ ਦੇਖਭਾਲ ਦੀਆਂ ਲੋੜਾਂ ਦਾ ਮੁਲਾਂਕਣ, ਦੇਖਭਾਲ ਦੇ ਖ਼ਰਚੇ ਬਾਰੇ ਕੋਈ ਫ਼ੈਸਲਾ, ਜਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਜੋ ਜਾਣਕਾਰੀ ਦਿੱਤੀ।
self-funded-error = ਜੇ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਕਿਸੇ ਅਜਿਹੀ ਗੱਲ ਬਾਰੇ ਹੈ ਜੋ ਕੌਂਸਲ ਨੇ ਕੀਤੀ, ਤਾਂ ‘ਹਾਂ’ ਚੁਣੋ

## Where to go instead

signpost-conference-heading = ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਦੇ ਫ਼ੈਸਲਿਆਂ ਲਈ ਵੱਖਰੀ ਪ੍ਰਕਿਰਿਆ ਹੈ
signpost-conference-body = ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਬਾਲ ਸੁਰੱਖਿਆ ਕਾਨਫ਼ਰੰਸ ਵਿੱਚ ਲਏ ਗਏ ਫ਼ੈਸਲੇ ਨੂੰ ਬਦਲ ਨਹੀਂ ਸਕਦੀ।
signpost-conference-next = ਫ਼ੈਸਲੇ ਨੂੰ ਚੁਣੌਤੀ ਦੇਣ ਬਾਰੇ ਕਾਨਫ਼ਰੰਸ ਦੇ ਚੇਅਰ (ਪ੍ਰਧਾਨਗੀ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ) ਜਾਂ ਸੋਸ਼ਲ ਵਰਕਰ ਨਾਲ ਗੱਲ ਕਰੋ। ਕੌਂਸਲ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਕਿਹੋ ਜਿਹਾ ਵਿਹਾਰ ਕੀਤਾ, ਇਸ ਬਾਰੇ ਤੁਸੀਂ ਫਿਰ ਵੀ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ ਕਿ ਮੀਟਿੰਗ ਕਿਵੇਂ ਚਲਾਈ ਗਈ।
signpost-court-heading = ਅਦਾਲਤੀ ਮਾਮਲੇ ਅਦਾਲਤਾਂ ਹੀ ਦੇਖਦੀਆਂ ਹਨ
signpost-court-body = ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਕਿਸੇ ਅਜਿਹੀ ਗੱਲ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰ ਸਕਦੀ ਜਿਸ ਦਾ ਫ਼ੈਸਲਾ ਅਦਾਲਤ ਨੇ ਕੀਤਾ ਹੈ ਜਾਂ ਕਰ ਰਹੀ ਹੈ।
signpost-court-next = ਆਪਣੇ ਵਕੀਲ ਨਾਲ ਜਾਂ ਅਦਾਲਤ ਨਾਲ ਗੱਲ ਕਰੋ। ਕੌਂਸਲ ਨੇ ਜੋ ਕੁਝ ਕੀਤਾ ਅਤੇ ਜੋ ਅਦਾਲਤੀ ਕੇਸ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ, ਉਸ ਬਾਰੇ ਤੁਸੀਂ ਫਿਰ ਵੀ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ।
signpost-request-heading = ਪਹਿਲਾਂ ਸੇਵਾ ਨੂੰ ਪੁੱਛੋ
signpost-request-body = ਪਹਿਲੀ ਵਾਰ ਕਿਸੇ ਸੇਵਾ ਦੀ ਮੰਗ ਕਰਨਾ ਇੱਕ ਬੇਨਤੀ ਹੈ, ਸ਼ਿਕਾਇਤ ਨਹੀਂ।
signpost-request-next = ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਅਤੇ ਪੁੱਛੋ। ਜੇ ਉਹ ਮਦਦ ਨਹੀਂ ਕਰਦੇ, ਜਾਂ ਤੁਸੀਂ ਉਹਨਾਂ ਦੇ ਜਵਾਬ ਤੋਂ ਨਾਖ਼ੁਸ਼ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਫਿਰ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ।
signpost-provider-heading = ਆਪਣੀ ਦੇਖਭਾਲ ਦੇਣ ਵਾਲਿਆਂ ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ
signpost-provider-body = ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਦੇਖਭਾਲ ਦਾ ਪ੍ਰਬੰਧ ਅਤੇ ਖ਼ਰਚਾ ਖ਼ੁਦ ਕਰਦੇ ਹੋ, ਤਾਂ ਪਹਿਲਾਂ ਦੇਖਭਾਲ ਦੇਣ ਵਾਲਿਆਂ ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ।
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = ਆਪਣੇ ਸਿਹਤ ਅਤੇ ਸੋਸ਼ਲ ਕੇਅਰ ਟਰੱਸਟ (Health and Social Care Trust) ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ
signpost-trust-body = ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ, ਬੱਚਿਆਂ ਅਤੇ ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਕੌਂਸਲ ਨਹੀਂ, ਸਗੋਂ ਸਿਹਤ ਅਤੇ ਸੋਸ਼ਲ ਕੇਅਰ ਟਰੱਸਟ (Health and Social Care Trusts) ਚਲਾਉਂਦੇ ਹਨ। ਜਿਹੜਾ ਟਰੱਸਟ ਦੇਖਭਾਲ ਦਿੰਦਾ ਹੈ, ਉਸ ਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰੋ: ਉਸ ਦੀ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਹੈ।
signpost-change = ਆਪਣਾ ਜਵਾਬ ਬਦਲੋ
signpost-contact-heading = ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, ਤਾਂ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ

## Talking to the service first

talked-question = ਕੀ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਪਹਿਲਾਂ ਹੀ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰ ਚੁੱਕੇ ਹੋ?
talked-hint = ਜਿਵੇਂ ਕਿ ਉਹ ਵਿਅਕਤੀ ਜਾਂ ਟੀਮ ਜਿਸ ਨਾਲ ਤੁਹਾਡਾ ਆਮ ਤੌਰ ’ਤੇ ਵਾਸਤਾ ਪੈਂਦਾ ਹੈ, ਜਾਂ ਉਹਨਾਂ ਦਾ ਮੈਨੇਜਰ।
talked-error = ਜੇ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰ ਚੁੱਕੇ ਹੋ, ਤਾਂ ‘ਹਾਂ’ ਚੁਣੋ
talk-first-heading = ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰਨ ਨਾਲ ਅਕਸਰ ਮਾਮਲੇ ਛੇਤੀ ਹੱਲ ਹੋ ਜਾਂਦੇ ਹਨ
talk-first-quick = { $procedure ->
    [children] ਬੱਚਿਆਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਨਾਲ ਜੁੜੀਆਂ ਜ਼ਿਆਦਾਤਰ ਸਮੱਸਿਆਵਾਂ “ਉਸੇ ਵੇਲੇ” ਹੱਲ ਹੋ ਜਾਂਦੀਆਂ ਹਨ। ਉਹਨਾਂ ਨੂੰ ਉਹ ਵਿਅਕਤੀ ਹੱਲ ਕਰਦਾ ਹੈ ਜਿਸ ਨਾਲ ਤੁਹਾਡਾ ਵਾਸਤਾ ਪੈਂਦਾ ਹੈ, ਜਾਂ ਉਸ ਦਾ ਮੈਨੇਜਰ 10 ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਹੱਲ ਕਰਦਾ ਹੈ।
    [adults] ਜੇ ਤੁਸੀਂ ਸੇਵਾ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਗ਼ਲਤ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਹ ਅਗਲੇ ਕੰਮ ਵਾਲੇ ਦਿਨ ਤੱਕ ਇਸ ਨੂੰ ਠੀਕ ਕਰ ਸਕਣ।
   *[other] ਸਾਡੀ ਸ਼ਿਕਾਇਤ ਟੀਮ ਪਹਿਲਾਂ ਸੇਵਾ ਨਾਲ ਮਿਲ ਕੇ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਨੂੰ ਛੇਤੀ ਅਤੇ ਗ਼ੈਰ-ਰਸਮੀ ਤਰੀਕੇ ਨਾਲ ਹੱਲ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੇਗੀ। ਇਸ ਨੂੰ ਛੇਤੀ ਹੱਲ (early resolution) ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
}
talk-first-carry-on = ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਪਹਿਲਾਂ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰੋ। ਤੁਸੀਂ ਹੁਣੇ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।
talk-first-continue = ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਜਾਰੀ ਰੱਖੋ

## When did it happen?

when-heading = ਇਹ ਕਦੋਂ ਹੋਇਆ?
when-happened = ਇਹ ਕਦੋਂ ਹੋਇਆ, ਜਾਂ ਕਦੋਂ ਸ਼ੁਰੂ ਹੋਇਆ
when-happened-hint = ਜਿਵੇਂ ਕਿ 27 3 2025। ਜੇ ਤੁਹਾਨੂੰ ਦਿਨ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਸਿਰਫ਼ ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਲਿਖੋ।
when-still-happening = ਇਹ ਅਜੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ
when-found-out = ਤੁਹਾਨੂੰ ਇਸ ਬਾਰੇ ਕਦੋਂ ਪਤਾ ਲੱਗਾ, ਜੇ ਇਹ ਬਾਅਦ ਵਿੱਚ ਸੀ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
when-found-out-hint = ਜਿਵੇਂ ਕਿ 3 2025। ਜੇ ਤੁਹਾਨੂੰ ਉਦੋਂ ਹੀ ਪਤਾ ਸੀ ਜਦੋਂ ਇਹ ਹੋਇਆ, ਤਾਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
when-error-missing = ਲਿਖੋ ਕਿ ਇਹ ਕਦੋਂ ਹੋਇਆ, ਜਾਂ ਚੁਣੋ ਕਿ ਇਹ ਅਜੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ
when-error-found-out-before = ਪਤਾ ਲੱਗਣ ਦੀ ਤਾਰੀਖ਼, ਘਟਨਾ ਵਾਲੀ ਤਾਰੀਖ਼ ਹੀ ਜਾਂ ਉਸ ਤੋਂ ਬਾਅਦ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
late-question = ਤੁਸੀਂ ਹੁਣ ਸ਼ਿਕਾਇਤ ਕਿਉਂ ਕਰ ਰਹੇ ਹੋ?
late-hint = { $months ->
    [one] ਸ਼ਿਕਾਇਤਾਂ ਆਮ ਤੌਰ ’ਤੇ ਕੁਝ ਹੋਣ ਤੋਂ, ਜਾਂ ਤੁਹਾਨੂੰ ਉਸ ਬਾਰੇ ਪਤਾ ਲੱਗਣ ਤੋਂ, { $months } ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਜੇ ਸ਼ਿਕਾਇਤ ਹੋਰ ਪਹਿਲਾਂ ਨਾ ਕਰਨ ਦਾ ਕੋਈ ਚੰਗਾ ਕਾਰਨ ਹੋਵੇ, ਜਿਵੇਂ ਕਿ ਬਿਮਾਰੀ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਹ ਪਤਾ ਨਾ ਹੋਣਾ ਕਿ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਾਲੇ ਵੀ ਇਸ ਦੀ ਨਿਰਪੱਖ ਢੰਗ ਨਾਲ ਅਤੇ ਸਹੀ ਤਰ੍ਹਾਂ ਜਾਂਚ ਕਰਨੀ ਸੰਭਵ ਹੋਵੇ, ਤਾਂ ਅਸੀਂ ਫਿਰ ਵੀ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਸਕਦੇ ਹਾਂ।
   *[other] ਸ਼ਿਕਾਇਤਾਂ ਆਮ ਤੌਰ ’ਤੇ ਕੁਝ ਹੋਣ ਤੋਂ, ਜਾਂ ਤੁਹਾਨੂੰ ਉਸ ਬਾਰੇ ਪਤਾ ਲੱਗਣ ਤੋਂ, { $months } ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਜੇ ਸ਼ਿਕਾਇਤ ਹੋਰ ਪਹਿਲਾਂ ਨਾ ਕਰਨ ਦਾ ਕੋਈ ਚੰਗਾ ਕਾਰਨ ਹੋਵੇ, ਜਿਵੇਂ ਕਿ ਬਿਮਾਰੀ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਹ ਪਤਾ ਨਾ ਹੋਣਾ ਕਿ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਾਲੇ ਵੀ ਇਸ ਦੀ ਨਿਰਪੱਖ ਢੰਗ ਨਾਲ ਅਤੇ ਸਹੀ ਤਰ੍ਹਾਂ ਜਾਂਚ ਕਰਨੀ ਸੰਭਵ ਹੋਵੇ, ਤਾਂ ਅਸੀਂ ਫਿਰ ਵੀ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਸਕਦੇ ਹਾਂ।
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] ਸ਼ਿਕਾਇਤਾਂ ਆਮ ਤੌਰ ’ਤੇ ਕੁਝ ਹੋਣ ਤੋਂ { $months } ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਜੇ ਸ਼ਿਕਾਇਤ ਹੋਰ ਪਹਿਲਾਂ ਨਾ ਕਰਨ ਦਾ ਕੋਈ ਚੰਗਾ ਕਾਰਨ ਹੋਵੇ, ਜਿਵੇਂ ਕਿ ਬਿਮਾਰੀ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਹ ਪਤਾ ਨਾ ਹੋਣਾ ਕਿ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਾਲੇ ਵੀ ਇਸ ਦੀ ਨਿਰਪੱਖ ਢੰਗ ਨਾਲ ਅਤੇ ਸਹੀ ਤਰ੍ਹਾਂ ਜਾਂਚ ਕਰਨੀ ਸੰਭਵ ਹੋਵੇ, ਤਾਂ ਅਸੀਂ ਫਿਰ ਵੀ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਸਕਦੇ ਹਾਂ।
   *[other] ਸ਼ਿਕਾਇਤਾਂ ਆਮ ਤੌਰ ’ਤੇ ਕੁਝ ਹੋਣ ਤੋਂ { $months } ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਜੇ ਸ਼ਿਕਾਇਤ ਹੋਰ ਪਹਿਲਾਂ ਨਾ ਕਰਨ ਦਾ ਕੋਈ ਚੰਗਾ ਕਾਰਨ ਹੋਵੇ, ਜਿਵੇਂ ਕਿ ਬਿਮਾਰੀ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਹ ਪਤਾ ਨਾ ਹੋਣਾ ਕਿ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਾਲੇ ਵੀ ਇਸ ਦੀ ਨਿਰਪੱਖ ਢੰਗ ਨਾਲ ਅਤੇ ਸਹੀ ਤਰ੍ਹਾਂ ਜਾਂਚ ਕਰਨੀ ਸੰਭਵ ਹੋਵੇ, ਤਾਂ ਅਸੀਂ ਫਿਰ ਵੀ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਸਕਦੇ ਹਾਂ।
}
late-error = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਹੁਣ ਸ਼ਿਕਾਇਤ ਕਿਉਂ ਕਰ ਰਹੇ ਹੋ
late-too-long = ਤੁਹਾਡਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## Your complaint or message

service-question = ਇਹ ਕਿਹੜੀ ਸੇਵਾ ਜਾਂ ਟੀਮ ਬਾਰੇ ਹੈ?
service-hint = ਜਿਵੇਂ ਕਿ ਬੱਚਿਆਂ ਦਾ ਸੋਸ਼ਲ ਵਰਕ, ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ, ਜਾਂ ਘਰਾਂ ਦੀ ਮੁਰੰਮਤ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, ਤਾਂ ਜਿੰਨਾ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ, ਓਨਾ ਦੱਸੋ।
service-error = ਲਿਖੋ ਕਿ ਇਹ ਕਿਹੜੀ ਸੇਵਾ ਜਾਂ ਟੀਮ ਬਾਰੇ ਹੈ
service-too-long = ਸੇਵਾ ਵਾਲਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
message-question = ਤੁਸੀਂ ਸਾਨੂੰ ਕੀ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ?
message-hint = ਜੇ ਇਹ ਕਿਸੇ ਵਿਅਕਤੀ ਬਾਰੇ ਹੈ, ਤਾਂ ਉਹਨਾਂ ਦਾ ਨਾਮ ਵੀ ਲਿਖੋ, ਜੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ।
message-error = ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਸਾਨੂੰ ਕੀ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ
message-too-long = ਤੁਹਾਡਾ ਸੁਨੇਹਾ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
what-happened-question = ਕੀ ਹੋਇਆ?
what-happened-hint = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਗ਼ਲਤ ਹੋਇਆ, ਕਦੋਂ ਹੋਇਆ, ਅਤੇ ਇਸ ਵਿੱਚ ਕੌਣ-ਕੌਣ ਸ਼ਾਮਲ ਸੀ। ਕੋਈ ਵੀ ਹੋਰ ਗੱਲ ਲਿਖੋ ਜਿਸ ਨਾਲ ਤੁਹਾਡੇ ਖ਼ਿਆਲ ਵਿੱਚ ਸਾਨੂੰ ਮਾਮਲਾ ਸਮਝਣ ਵਿੱਚ ਮਦਦ ਮਿਲੇਗੀ।
what-happened-error = ਲਿਖੋ ਕਿ ਕੀ ਹੋਇਆ
what-happened-too-long = “ਕੀ ਹੋਇਆ” ਵਾਲਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
put-right-question = ਮਾਮਲਾ ਠੀਕ ਕਰਨ ਲਈ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਕੀ ਕਰੀਏ?
put-right-hint = ਜਿਵੇਂ ਕਿ ਮੁਆਫ਼ੀ, ਕਿਸੇ ਫ਼ੈਸਲੇ ’ਤੇ ਦੁਬਾਰਾ ਵਿਚਾਰ, ਜਾਂ ਕਿਸੇ ਸੇਵਾ ਵਿੱਚ ਤਬਦੀਲੀ।
put-right-error = ਲਿਖੋ ਕਿ ਮਾਮਲਾ ਠੀਕ ਕਰਨ ਲਈ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਕੀ ਕਰੀਏ
put-right-too-long = ਤੁਹਾਡਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = ਚਿੱਠੀਆਂ, ਫ਼ੋਟੋਆਂ ਜਾਂ ਦਸਤਾਵੇਜ਼ ਜੋੜੋ
evidence-hint = ਕੁਝ ਵੀ ਜੋੜਨਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਅਜਿਹੀ ਚੀਜ਼ ਹੈ ਜੋ ਦਿਖਾਉਂਦੀ ਹੈ ਕਿ ਕੀ ਹੋਇਆ, ਜਿਵੇਂ ਕਿ ਕੋਈ ਚਿੱਠੀ, ਦੇਖਭਾਲ ਦੀ ਯੋਜਨਾ (care plan), ਬਿੱਲ ਜਾਂ ਫ਼ੋਟੋ, ਤਾਂ ਤੁਸੀਂ ਉਸ ਨੂੰ ਇੱਥੇ ਜੋੜ ਸਕਦੇ ਹੋ।
evidence-rules = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $files ->
    [one] { $files } ਫ਼ਾਈਲ
   *[other] { $files } ਫ਼ਾਈਲਾਂ
} ਜੋੜ ਸਕਦੇ ਹੋ। ਹਰ ਫ਼ਾਈਲ { $each } ਤੋਂ ਛੋਟੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਅਤੇ ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ ਮਿਲਾ ਕੇ { $total } ਤੋਂ ਛੋਟੀਆਂ ਹੋਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ।
evidence-kinds = ਤੁਸੀਂ ਇਹਨਾਂ ਕਿਸਮਾਂ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਜੋੜ ਸਕਦੇ ਹੋ: { $kinds }
evidence-photos = ਕੋਈ JPEG ਫ਼ੋਟੋ ਤੁਹਾਡੀ ਡਿਵਾਈਸ ਤੋਂ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ, ਅਸੀਂ ਉਸ ਵਿੱਚੋਂ ਇਹ ਜਾਣਕਾਰੀ ਹਟਾ ਦਿੰਦੇ ਹਾਂ ਕਿ ਉਹ ਕਿੱਥੇ ਖਿੱਚੀ ਗਈ ਸੀ (location), ਅਤੇ ਹੋਰ ਲੁਕਵੇਂ ਵੇਰਵੇ ਵੀ। ਤਸਵੀਰ ਖ਼ੁਦ ਨਹੀਂ ਬਦਲੀ ਜਾਂਦੀ। ਹੋਰ ਕਿਸਮਾਂ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਸਮੇਤ ਬਾਕੀ ਫ਼ਾਈਲਾਂ ਜਿਵੇਂ ਹਨ, ਉਵੇਂ ਹੀ ਭੇਜੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
evidence-choose = ਫ਼ਾਈਲਾਂ ਚੁਣੋ
evidence-drop = ਜਾਂ ਫ਼ਾਈਲਾਂ ਨੂੰ ਇੱਥੇ ਖਿੱਚ ਕੇ ਛੱਡੋ
evidence-added-heading = ਜੋੜੀਆਂ ਗਈਆਂ ਫ਼ਾਈਲਾਂ
evidence-remove = ਹਟਾਓ
evidence-adding = { $name } ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
evidence-added = { $name } ਜੋੜ ਦਿੱਤੀ ਗਈ
evidence-removed = { $name } ਹਟਾ ਦਿੱਤੀ ਗਈ
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (ਪੁਰਾਣਾ)
evidence-kind-text = ਟੈਕਸਟ
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } ਖ਼ਾਲੀ ਹੈ
attachment-error-too-big = { $name } { $limit } ਤੋਂ ਛੋਟੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
attachment-error-type = { $name } ਅਜਿਹੀ ਕਿਸਮ ਦੀ ਫ਼ਾਈਲ ਨਹੀਂ ਜੋ ਤੁਸੀਂ ਜੋੜ ਸਕਦੇ ਹੋ। ਇਹ ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ: { $kinds }
attachment-error-too-many = { $name } ਨਹੀਂ ਜੋੜੀ ਗਈ: ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $limit ->
    [one] { $limit } ਫ਼ਾਈਲ
   *[other] { $limit } ਫ਼ਾਈਲਾਂ
} ਜੋੜ ਸਕਦੇ ਹੋ
attachment-error-total = { $name } ਨਹੀਂ ਜੋੜੀ ਗਈ: ਤੁਹਾਡੀਆਂ ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ ਮਿਲਾ ਕੇ { $limit } ਤੋਂ ਛੋਟੀਆਂ ਹੋਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ
attachment-error-duplicate = { $name } ਪਹਿਲਾਂ ਹੀ ਜੋੜੀ ਜਾ ਚੁੱਕੀ ਹੈ
attachment-error-photo = { $name } ਨੂੰ ਫ਼ੋਟੋ ਵਜੋਂ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ ਜਾਂ ਕੋਈ ਹੋਰ ਫ਼ਾਈਲ ਚੁਣੋ
attachment-error-unreadable = { $name } ਨੂੰ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਚੁਣੋ
attachment-error-lost = { $name } ਹੁਣ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ ਜਾਂ ਹਟਾ ਦਿਓ

## How you would like it handled

handling-question = ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਨਾਲ ਕਿਵੇਂ ਨਜਿੱਠੀਏ?
handling-hint = ਅਸੀਂ ਇਸ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰਾਂਗੇ ਅਤੇ ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਨਾਲ ਤੈਅ ਕਰਾਂਗੇ।
handling-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਨਾਲ ਕਿਵੇਂ ਨਜਿੱਠੀਏ
resolution-on-the-spot = ਜਿਸ ਵਿਅਕਤੀ ਨਾਲ ਮੇਰਾ ਵਾਸਤਾ ਪੈਂਦਾ ਹੈ, ਉਸੇ ਨਾਲ ਇਸ ਨੂੰ ਤੁਰੰਤ ਹੱਲ ਕਰਨਾ
resolution-local = ਕਿਸੇ ਮੈਨੇਜਰ ਨੂੰ ਇਸ ਨੂੰ ਛੇਤੀ ਦੇਖਣ ਲਈ ਕਹਿਣਾ
resolution-next-working-day = ਅਗਲੇ ਕੰਮ ਵਾਲੇ ਦਿਨ ਤੱਕ ਇਸ ਨੂੰ ਠੀਕ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਨਾ
resolution-early = ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਛੇਤੀ ਅਤੇ ਗ਼ੈਰ-ਰਸਮੀ ਤਰੀਕੇ ਨਾਲ ਹੱਲ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਨਾ
resolution-meeting = ਮੀਟਿੰਗ ਵਿੱਚ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ
resolution-formal-investigation = ਰਸਮੀ ਜਾਂਚ, ਲਿਖਤੀ ਜਵਾਬ ਦੇ ਨਾਲ
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = ਜੇ ਅਗਲੇ ਕੰਮ ਵਾਲੇ ਦਿਨ ਦੇ ਅੰਤ ਤੱਕ ਮਾਮਲਾ ਤੁਹਾਡੀ ਤਸੱਲੀ ਮੁਤਾਬਕ ਠੀਕ ਹੋ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਇਸ ਨੂੰ ਸ਼ਿਕਾਇਤ ਵਜੋਂ ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ, ਅਤੇ ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਇਹੀ ਮਾਮਲਾ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਰਾਹੀਂ ਨਹੀਂ ਉਠਾ ਸਕਦੇ।
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = ਗੰਭੀਰ ਮਾਮਲਿਆਂ ਲਈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਕੀ ਅਸੀਂ ਰਸਮੀ ਜਾਂਚ ਨਾਲ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹਾਂ। ਜੇ ਅਸੀਂ ਸਹਿਮਤ ਨਹੀਂ ਹੁੰਦੇ, ਤਾਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਦੇਖਿਆ ਜਾਵੇਗਾ।
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = ਅਸੀਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਗ਼ੈਰ-ਰਸਮੀ ਤਰੀਕੇ ਨਾਲ ਹੱਲ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਨਹੀਂ ਕਰਾਂਗੇ: ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਸਿੱਧੀ ਪੜਾਅ 1 ਦੀ ਜਾਂਚ ਵਿੱਚ ਜਾਵੇਗੀ।
meeting-question = ਕੀ ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਗੱਲ ਕਰਨ ਲਈ ਸਾਨੂੰ ਮਿਲਣਾ ਚਾਹੋਗੇ?
meeting-hint = ਇਹ ਮੀਟਿੰਗ ਆਮ੍ਹੋ-ਸਾਹਮਣੇ, ਫ਼ੋਨ ’ਤੇ, ਜਾਂ ਵੀਡੀਓ ਕਾਲ ’ਤੇ ਹੋ ਸਕਦੀ ਹੈ।
meeting-error = ਜੇ ਤੁਸੀਂ ਸਾਨੂੰ ਮਿਲਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ‘ਹਾਂ’ ਚੁਣੋ

## Your records

records-question = ਕੀ ਅਸੀਂ ਇਸ ਬਾਰੇ ਸਾਡੇ ਕੋਲ ਮੌਜੂਦ ਰਿਕਾਰਡ ਦੇਖ ਸਕਦੇ ਹਾਂ?
records-hint = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦੀ ਸਹੀ ਤਰ੍ਹਾਂ ਜਾਂਚ ਕਰਨ ਲਈ, ਸਾਨੂੰ ਉਹ ਰਿਕਾਰਡ ਦੇਖਣੇ ਪੈਣਗੇ ਜੋ ਸਾਡੇ ਕੋਲ ਤੁਹਾਡੇ ਬਾਰੇ, ਜਾਂ ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ ਹਨ ਜਿਸ ਦੀ ਤਰਫ਼ੋਂ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਰਹੇ ਹੋ। ਇਹ ਰਿਕਾਰਡ ਸਿਰਫ਼ ਉਹੀ ਲੋਕ ਦੇਖਣਗੇ ਜੋ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਕਰ ਰਹੇ ਹਨ। ਜੇ ਸਾਨੂੰ NHS (ਰਾਸ਼ਟਰੀ ਸਿਹਤ ਸੇਵਾ) ਨਾਲ, ਜਾਂ ਸਾਡੇ ਵੱਲੋਂ ਸੇਵਾਵਾਂ ਦੇਣ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ (ਜਿਵੇਂ ਕਿ ਕੇਅਰ ਹੋਮਾਂ) ਨਾਲ ਗੱਲ ਕਰਨ ਦੀ ਲੋੜ ਪਈ, ਤਾਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਉਹਨਾਂ ਨਾਲ ਸਾਂਝੀ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਅਸੀਂ ਤੁਹਾਡੀ ਇਜਾਜ਼ਤ ਮੰਗਾਂਗੇ।
records-error = ਜੇ ਅਸੀਂ ਰਿਕਾਰਡ ਦੇਖ ਸਕਦੇ ਹਾਂ, ਤਾਂ ‘ਹਾਂ’ ਚੁਣੋ

## Confidentiality

confidentiality-heading = ਗੱਲਾਂ ਨੂੰ ਗੁਪਤ ਰੱਖਣਾ
confidentiality-who = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਸਿਰਫ਼ ਉਹੀ ਲੋਕ ਦੇਖਣਗੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਇਸ ਬਾਰੇ ਜਾਣਨ ਦੀ ਲੋੜ ਹੈ: ਉਹ ਲੋਕ ਜੋ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਰਹੇ ਹਨ, ਅਤੇ ਉਹ ਲੋਕ ਜੋ ਮਾਮਲਾ ਠੀਕ ਕਰ ਸਕਦੇ ਹਨ।
confidentiality-limit = ਜੇ ਤੁਸੀਂ ਸਾਨੂੰ ਕਿਸੇ ਜੁਰਮ ਬਾਰੇ ਦੱਸਦੇ ਹੋ, ਜਾਂ ਕਿਸੇ ਬੱਚੇ ਦੀ, ਜਾਂ ਦੇਖਭਾਲ ਅਤੇ ਸਹਾਇਤਾ ਦੀ ਲੋੜ ਵਾਲੇ ਕਿਸੇ ਬਾਲਗ ਦੀ ਸੁਰੱਖਿਆ ਨੂੰ ਖ਼ਤਰੇ ਬਾਰੇ ਦੱਸਦੇ ਹੋ, ਤਾਂ ਅਸੀਂ ਇਸ ਨੂੰ ਗੁਪਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ। ਅਸੀਂ ਇਹ ਪੱਕਾ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਾਂਗੇ ਕਿ ਸਹੀ ਲੋਕਾਂ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇ ਅਤੇ ਸਹੀ ਕਾਰਵਾਈ ਕੀਤੀ ਜਾਵੇ।
confidential-question = ਕੀ ਕੋਈ ਅਜਿਹੀ ਗੱਲ ਹੈ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਗੁਪਤ ਰੱਖੀਏ?
confidential-hint = ਅਸੀਂ ਤੁਹਾਡੀ ਇੱਛਾ ਦਾ ਸਤਿਕਾਰ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਾਂਗੇ, ਪਰ ਇਸ ਨਾਲ ਇਹ ਪਤਾ ਲਗਾਉਣਾ ਔਖਾ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਕੀ ਹੋਇਆ, ਅਤੇ ਮਾਮਲਾ ਠੀਕ ਕਰਨਾ ਵੀ ਔਖਾ ਹੋ ਸਕਦਾ ਹੈ।
confidential-error = ਜੇ ਕੋਈ ਅਜਿਹੀ ਗੱਲ ਹੈ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਗੁਪਤ ਰੱਖੀਏ, ਤਾਂ ‘ਹਾਂ’ ਚੁਣੋ
confidential-detail-label = ਤੁਸੀਂ ਕਿਹੜੀ ਗੱਲ ਗੁਪਤ ਰਖਵਾਉਣਾ ਚਾਹੁੰਦੇ ਹੋ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
confidential-detail-too-long = ਤੁਹਾਡਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## Support

support-heading = ਮਦਦ ਅਤੇ ਸਹਾਇਤਾ
support-question = ਕੀ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਲਈ ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਚੀਜ਼ ਦੀ ਲੋੜ ਹੈ?
support-hint = ਜਿੰਨੇ ਵੀ ਢੁਕਦੇ ਹਨ, ਸਾਰੇ ਚੁਣੋ।
support-interpreter = ਦੁਭਾਸ਼ੀਆ (interpreter)
support-bsl = ਬ੍ਰਿਟਿਸ਼ ਸਾਈਨ ਲੈਂਗੂਏਜ (British Sign Language, BSL) ਦਾ ਦੁਭਾਸ਼ੀਆ
support-braille = ਬ੍ਰੇਲ ਵਿੱਚ ਚਿੱਠੀਆਂ
support-large-print = ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਛਪੀਆਂ ਚਿੱਠੀਆਂ
support-easy-read = ਆਸਾਨੀ ਨਾਲ ਪੜ੍ਹੇ ਜਾਣ ਵਾਲੇ (easy read) ਦਸਤਾਵੇਜ਼
support-audio = ਆਡੀਓ ਰਿਕਾਰਡਿੰਗਾਂ
support-advocacy = ਕਿਸੇ ਹਿਮਾਇਤੀ (advocate) ਜਾਂ ਸਹਾਇਤਾ ਸੰਸਥਾ ਤੋਂ ਮਦਦ
interpreter-language-label = ਕਿਹੜੀ ਭਾਸ਼ਾ?
interpreter-language-error = ਉਹ ਭਾਸ਼ਾ ਲਿਖੋ ਜਿਸ ਲਈ ਤੁਹਾਨੂੰ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ
advocacy-intro = ਇਹ ਸੰਸਥਾਵਾਂ ਤੁਹਾਡੀ ਗੱਲ ਰੱਖਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਇਹ ਕੌਂਸਲ ਤੋਂ ਵੱਖਰੀਆਂ ਅਤੇ ਸੁਤੰਤਰ ਹਨ। ਤੁਸੀਂ ਇਹਨਾਂ ਨਾਲ ਖ਼ੁਦ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਅਸੀਂ ਤੁਹਾਡਾ ਇਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾ ਸਕਦੇ ਹਾਂ।
reply-language-label = ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੀਏ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
reply-language-hint = ਜੇ ਤੁਸੀਂ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਜਵਾਬ ਚਾਹੁੰਦੇ ਹੋ ਜੋ ਤੁਸੀਂ ਹੁਣ ਵਰਤ ਰਹੇ ਹੋ, ਤਾਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
helper-label = ਕੀ ਕੋਈ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
helper-hint = ਸਾਨੂੰ ਉਹਨਾਂ ਦਾ ਨਾਮ ਦੱਸੋ, ਤਾਂ ਜੋ ਜੇ ਉਹ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ, ਤਾਂ ਸਾਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਉਹ ਕੌਣ ਹਨ।
contact-too-long = ਇਹ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## Contact details

contact-heading = ਤੁਹਾਡੇ ਸੰਪਰਕ ਵੇਰਵੇ
contact-heading-optional = ਜੇ ਤੁਸੀਂ ਜਵਾਬ ਚਾਹੁੰਦੇ ਹੋ
contact-optional-intro = ਆਪਣਾ ਨਾਮ ਜਾਂ ਸੰਪਰਕ ਵੇਰਵੇ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ। ਪਰ ਇਹਨਾਂ ਤੋਂ ਬਿਨਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦੇ।
full-name-label = ਪੂਰਾ ਨਾਮ
full-name-label-optional = ਪੂਰਾ ਨਾਮ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
full-name-error = ਆਪਣਾ ਪੂਰਾ ਨਾਮ ਲਿਖੋ
contact-method-question = ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੀਏ?
contact-method-hint = ਜਿੰਨੇ ਵੀ ਢੁਕਦੇ ਹਨ, ਸਾਰੇ ਚੁਣੋ।
contact-method-hint-optional = ਜਿੰਨੇ ਵੀ ਢੁਕਦੇ ਹਨ, ਸਾਰੇ ਚੁਣੋ। ਜੇ ਤੁਸੀਂ ਜਵਾਬ ਨਹੀਂ ਚਾਹੁੰਦੇ, ਤਾਂ ਕੋਈ ਵੀ ਨਾ ਚੁਣੋ।
contact-method-error = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ ਜਿਸ ਨਾਲ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕੀਏ
contact-by-email = ਈਮੇਲ
contact-by-phone = ਫ਼ੋਨ
contact-by-post = ਡਾਕ (ਚਿੱਠੀ)
email-label = ਈਮੇਲ ਪਤਾ
email-error-empty = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ
email-error-format = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ name@example.com
phone-label = ਫ਼ੋਨ ਨੰਬਰ
phone-hint = ਵਿਦੇਸ਼ੀ ਨੰਬਰਾਂ ਲਈ ਦੇਸ਼ ਦਾ ਕੋਡ ਵੀ ਲਿਖੋ।
phone-error-empty = ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ
phone-error-format = ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 01632 960 001, 07700 900 982 ਜਾਂ +44 808 157 0192
best-time-label = ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਨ ਲਈ ਸਭ ਤੋਂ ਵਧੀਆ ਸਮਾਂ ਕਿਹੜਾ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
best-time-hint = ਜਿਵੇਂ ਕਿ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰ ਵੇਲੇ।
address-line1-label = ਪਤੇ ਦੀ ਪਹਿਲੀ ਲਾਈਨ
address-line1-error = ਆਪਣੇ ਪਤੇ ਦੀ ਪਹਿਲੀ ਲਾਈਨ ਲਿਖੋ
address-line2-label = ਪਤੇ ਦੀ ਦੂਜੀ ਲਾਈਨ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
address-town-label = ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ
address-town-error = ਆਪਣਾ ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ ਲਿਖੋ
postcode-label = ਪੋਸਟਕੋਡ
postcode-error-empty = ਆਪਣਾ ਪੋਸਟਕੋਡ ਲਿਖੋ
postcode-error-format = ਸਹੀ ਪੋਸਟਕੋਡ ਲਿਖੋ, ਜਿਵੇਂ S70 2TA

## Check your answers

check-heading = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚ ਲਓ
check-change = ਬਦਲੋ
check-found-out = ਪਤਾ ਲੱਗਾ: { $date }
check-meeting-yes = ਮੈਨੂੰ ਮੀਟਿੰਗ ਚਾਹੀਦੀ ਹੈ
check-meeting-no = ਮੈਨੂੰ ਮੀਟਿੰਗ ਦੀ ਲੋੜ ਨਹੀਂ
check-interpreter = ਦੁਭਾਸ਼ੀਆ: { $language }
check-reply-language = ਜਵਾਬ ਦੀ ਭਾਸ਼ਾ: { $language }
check-helper = ਮਦਦ ਕਰ ਰਹੇ ਹਨ: { $name }
check-no-support = ਕੋਈ ਸਹਾਇਤਾ ਨਹੀਂ ਚਾਹੀਦੀ
check-no-evidence = ਕੋਈ ਫ਼ਾਈਲ ਨਹੀਂ ਜੋੜੀ ਗਈ
check-no-reply = ਜਵਾਬ ਨਹੀਂ ਚਾਹੀਦਾ
check-reply-by = ਜਵਾਬ ਇਸ ਰਾਹੀਂ: { $ways }
check-send-heading-complaint = ਹੁਣ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਭੇਜੋ
check-send-heading-feedback = ਹੁਣ ਆਪਣਾ ਸੁਨੇਹਾ ਭੇਜੋ
check-send-body = ਇਸ ਨੂੰ ਭੇਜ ਕੇ ਤੁਸੀਂ ਪੁਸ਼ਟੀ ਕਰਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਸਾਨੂੰ ਜੋ ਦੱਸਿਆ ਹੈ, ਉਹ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਅਨੁਸਾਰ ਸੱਚ ਹੈ।
check-send-complaint = ਸ਼ਿਕਾਇਤ ਭੇਜੋ
check-send-feedback = ਭੇਜੋ
check-send-heading-follow-up = ਹੁਣ ਆਪਣੀ ਬੇਨਤੀ ਭੇਜੋ
check-send-follow-up = ਬੇਨਤੀ ਭੇਜੋ
check-earlier-reference = ਹਵਾਲਾ ਨੰਬਰ: { $reference }
check-complained = ਸ਼ਿਕਾਇਤ ਕੀਤੀ: { $date }
check-sending = ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…
# While the person's files are sent, before their answers.
check-sending-file = { $count } ਵਿੱਚੋਂ ਫ਼ਾਈਲ { $number } ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…
check-send-failed = ਇਹ ਅਜੇ ਭੇਜਿਆ ਨਹੀਂ ਗਿਆ
check-send-kept = ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ: ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = ਅਸੀਂ ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ। ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੇ ਹੋ।
send-problem-timed-out = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨੇ ਜਵਾਬ ਦੇਣ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਸਮਾਂ ਲਾਇਆ।
send-problem-server = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਆ ਗਈ।
send-problem-busy = ਕੌਂਸਲ ਦਾ ਸਿਸਟਮ ਇਸ ਵੇਲੇ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ।
send-problem-rejected = ਕੌਂਸਲ ਦਾ ਸਿਸਟਮ ਇਸ ਨੂੰ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰ ਸਕਿਆ, ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਨਾਲ ਕੋਈ ਫ਼ਾਇਦਾ ਨਹੀਂ ਹੋਵੇਗਾ। ਇਸ ਦੀ ਥਾਂ ਆਪਣੇ ਜਵਾਬਾਂ ਦੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ, ਜਾਂ ਉਹਨਾਂ ਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਭੇਜੋ।
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ।
   *[other] { $seconds } ਸਕਿੰਟਾਂ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ।
}
send-offline = ਤੁਸੀਂ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੇ ਨਹੀਂ ਹੋ। ਜਿਵੇਂ ਹੀ ਤੁਸੀਂ ਦੁਬਾਰਾ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋਗੇ, ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ: ਇਹ ਪੰਨਾ ਖੁੱਲ੍ਹਾ ਰੱਖੋ।
send-try-again = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
send-download-copy = ਆਪਣੇ ਜਵਾਬਾਂ ਦੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ
send-by-email = ਇਸ ਦੀ ਥਾਂ ਈਮੇਲ ਰਾਹੀਂ ਭੇਜੋ
# Shown when the council takes submissions by email only.
send-email-explain = ਤੁਹਾਡਾ ਈਮੇਲ ਪ੍ਰੋਗਰਾਮ ਖੁੱਲ੍ਹੇਗਾ, ਜਿਸ ਵਿੱਚ ਸਾਡੇ ਪਤੇ ਵਾਲੀ ਇੱਕ ਈਮੇਲ ਤਿਆਰ ਹੋਵੇਗੀ ਅਤੇ ਉਸ ਵਿੱਚ ਤੁਹਾਡੇ ਜਵਾਬ ਲਿਖੇ ਹੋਣਗੇ। ਜਦੋਂ ਤੁਸੀਂ ਉਹ ਈਮੇਲ ਭੇਜੋਗੇ, ਤਾਂ ਹੀ ਤੁਹਾਡੇ ਜਵਾਬ ਸਾਡੇ ਤੱਕ ਪਹੁੰਚਣਗੇ।
send-email-open = ਮੇਰੇ ਜਵਾਬਾਂ ਵਾਲੀ ਈਮੇਲ ਖੋਲ੍ਹੋ
send-email-too-long = ਤੁਹਾਡੇ ਜਵਾਬ ਇੰਨੇ ਲੰਬੇ ਹਨ ਕਿ ਇੱਕ ਈਮੇਲ ਲਿੰਕ ਵਿੱਚ ਪੂਰੇ ਨਹੀਂ ਆਉਂਦੇ, ਇਸ ਲਈ ਈਮੇਲ ਵਿੱਚ ਉਹਨਾਂ ਦਾ ਸਿਰਫ਼ ਸ਼ੁਰੂਆਤੀ ਹਿੱਸਾ ਹੋਵੇਗਾ। ਆਪਣੇ ਜਵਾਬਾਂ ਦੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ ਅਤੇ ਉਸ ਨੂੰ ਈਮੇਲ ਨਾਲ ਨੱਥੀ (attach) ਕਰੋ।
send-email-rest-attached = [ਮੇਰੇ ਜਵਾਬ ਇੱਕ ਈਮੇਲ ਲਿੰਕ ਲਈ ਬਹੁਤ ਲੰਬੇ ਹਨ: ਬਾਕੀ ਹਿੱਸਾ ਉਸ ਕਾਪੀ ਵਿੱਚ ਹੈ ਜੋ ਮੈਂ ਨਾਲ ਨੱਥੀ ਕੀਤੀ ਹੈ।]
send-email-attach = ਅਸੀਂ ਤੁਹਾਡੀਆਂ ਫ਼ਾਈਲਾਂ ਆਪਣੇ ਆਪ ਈਮੇਲ ਵਿੱਚ ਨਹੀਂ ਪਾ ਸਕਦੇ। ਈਮੇਲ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ, ਇਹ ਫ਼ਾਈਲਾਂ ਖ਼ੁਦ ਉਸ ਨਾਲ ਨੱਥੀ (attach) ਕਰੋ:
send-email-kept = ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਸਾਨੂੰ ਇਹ ਨਹੀਂ ਦੱਸਦੇ ਕਿ ਈਮੇਲ ਚਲੀ ਗਈ ਹੈ, ਤੁਹਾਡੇ ਜਵਾਬ ਇੱਥੇ ਹੀ ਰਹਿਣਗੇ।
send-email-done = ਮੈਂ ਈਮੇਲ ਭੇਜ ਦਿੱਤੀ ਹੈ

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = ਸ਼ਿਕਾਇਤ { $reference }
copy-subject-compliment = ਤਾਰੀਫ਼ { $reference }
copy-subject-comment = ਟਿੱਪਣੀ ਜਾਂ ਸੁਝਾਅ { $reference }
copy-subject-follow-up = ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਅਗਲੀ ਕਾਰਵਾਈ { $reference }
copy-reference = ਹਵਾਲਾ ਨੰਬਰ: { $reference }
copy-sent = ਭੇਜਿਆ ਗਿਆ: { $time } (ਯੂਕੇ ਦਾ ਸਮਾਂ)
copy-english-heading = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ, ਕੌਂਸਲ ਦੇ ਸਟਾਫ਼ ਲਈ:
copy-id = ਸਬਮਿਸ਼ਨ ਆਈਡੀ: { $id }

## Confirmation

confirmation-heading-complaint = ਸ਼ਿਕਾਇਤ ਭੇਜੀ ਗਈ
confirmation-heading-feedback = ਸੁਨੇਹਾ ਭੇਜਿਆ ਗਿਆ
confirmation-heading-follow-up = ਬੇਨਤੀ ਭੇਜੀ ਗਈ
# $stage is the name of the stage asked for.
confirmation-follow-up-next = ਤੁਸੀਂ “{ $stage }” ਲਈ ਬੇਨਤੀ ਕੀਤੀ ਹੈ। ਇਹ ਤਾਰੀਖ਼ਾਂ ਅੱਜ ਤੋਂ ਗਿਣੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
confirmation-follow-up-chase = ਸਾਨੂੰ ਤੁਹਾਡਾ ਯਾਦ ਦਿਵਾਉਣ ਵਾਲਾ ਸੁਨੇਹਾ ਮਿਲ ਗਿਆ ਹੈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਸਾਡੇ ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਕਿਉਂ ਹੋਈ ਹੈ ਅਤੇ ਇਹ ਤੁਹਾਨੂੰ ਕਦੋਂ ਮਿਲੇਗਾ।
confirmation-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ
# Shown when the answers went by the person's email program.
confirmation-by-email = ਜਦੋਂ ਤੁਹਾਡੀ ਈਮੇਲ ਸਾਡੇ ਕੋਲ ਆ ਜਾਵੇਗੀ, ਤਾਂ ਤੁਹਾਡੇ ਜਵਾਬ ਸਾਡੇ ਤੱਕ ਪਹੁੰਚ ਜਾਣਗੇ। ਜੇ ਈਮੇਲ ਨਹੀਂ ਗਈ, ਤਾਂ { $email } ’ਤੇ ਲਿਖੋ ਅਤੇ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ, { $reference }, ਦੱਸੋ।
confirmation-not-sent = ਇਹ ਇਸ ਸੇਵਾ ਦਾ ਟੈਸਟ ਵਾਲਾ ਰੂਪ ਹੈ। ਤੁਸੀਂ ਜੋ ਭੇਜਿਆ, ਉਹ ਇਸ ਕੰਪਿਊਟਰ ’ਤੇ ਇੱਕ ਟੈਸਟ ਵਾਲੇ ਪ੍ਰਾਪਤਕਰਤਾ (test receiver) ਕੋਲ ਰੱਖਿਆ ਗਿਆ ਹੈ, ਅਤੇ { $council } ਤੱਕ ਨਹੀਂ ਪਹੁੰਚਿਆ।
confirmation-next-heading = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ
confirmation-feedback-next = ਅਸੀਂ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਸੇਵਾ ਤੱਕ ਪਹੁੰਚਾ ਦੇਵਾਂਗੇ। ਜੇ ਤੁਸੀਂ ਜਵਾਬ ਮੰਗਿਆ ਹੈ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ।
confirmation-copy-heading = ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਦੀ ਕਾਪੀ
confirmation-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ
confirmation-start-again = ਇੱਕ ਹੋਰ ਸ਼ਿਕਾਇਤ ਕਰੋ ਜਾਂ ਹੋਰ ਰਾਏ ਦਿਓ

## Following up a complaint already made

earlier-heading = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ
earlier-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
earlier-reference-hint = ਇਹ ਉਸ ਈਮੇਲ ਜਾਂ ਚਿੱਠੀ ਵਿੱਚ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰਨ ’ਤੇ ਮਿਲੀ ਸੀ, ਜਿਵੇਂ ਕਿ RDX-7K3P-Q9MA। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।
earlier-reference-too-long = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
earlier-complained = ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਦੋਂ ਕੀਤੀ ਸੀ?
earlier-complained-hint = ਜਿਵੇਂ ਕਿ 20 11 2026। ਜੇ ਤੁਹਾਨੂੰ ਦਿਨ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਸਿਰਫ਼ ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਲਿਖੋ।
earlier-complained-error = ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਦੋਂ ਕੀਤੀ ਸੀ, ਜਾਂ ਸਿਰਫ਼ ਮਹੀਨਾ ਅਤੇ ਸਾਲ
standing-question = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਹੁਣ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚੀ ਹੈ?
standing-waiting = ਮੈਨੂੰ ਤੁਹਾਡੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਹੈ
standing-answered = ਮੈਨੂੰ ਤੁਹਾਡਾ ਜਵਾਬ ਮਿਲ ਗਿਆ ਹੈ
standing-extended = ਤੁਸੀਂ ਮੈਨੂੰ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਮੈਨੂੰ ਇੱਕ ਨਵੀਂ ਤਾਰੀਖ਼ ਦਿੱਤੀ
standing-error = ਚੁਣੋ ਕਿ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਹੁਣ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚੀ ਹੈ
earlier-stage-question-waiting = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਕਿਹੜੇ ਪੜਾਅ ’ਤੇ ਹੈ?
earlier-stage-question-answered = ਸਾਡਾ ਜਵਾਬ ਕਿਹੜੇ ਪੜਾਅ ਲਈ ਸੀ?
earlier-stage-hint = ਤੁਹਾਨੂੰ ਭੇਜੀਆਂ ਸਾਡੀਆਂ ਚਿੱਠੀਆਂ ਅਤੇ ਈਮੇਲਾਂ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਇਹ ਕਿਹੜਾ ਪੜਾਅ ਹੈ।
earlier-stage-error = ਪੜਾਅ ਚੁਣੋ
stage-date-answered = ਸਾਡਾ ਜਵਾਬ ਕਦੋਂ ਆਇਆ ਸੀ?
stage-date-asked = ਤੁਸੀਂ ਇਸ ਪੜਾਅ ਲਈ ਬੇਨਤੀ ਕਦੋਂ ਕੀਤੀ ਸੀ?
stage-date-hint = ਜਿਵੇਂ ਕਿ 20 11 2026। ਜੇ ਤੁਹਾਨੂੰ ਦਿਨ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਸਿਰਫ਼ ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਲਿਖੋ।
stage-date-error = ਤਾਰੀਖ਼ ਲਿਖੋ, ਜਾਂ ਸਿਰਫ਼ ਮਹੀਨਾ ਅਤੇ ਸਾਲ
stage-date-error-before = ਤਾਰੀਖ਼, ਸ਼ਿਕਾਇਤ ਕਰਨ ਵਾਲੇ ਦਿਨ ਦੀ ਹੀ ਜਾਂ ਉਸ ਤੋਂ ਬਾਅਦ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
extended-to-question = ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਨਵੀਂ ਤਾਰੀਖ਼ ਦਿੱਤੀ ਸੀ?
extended-to-hint = ਜਿਵੇਂ ਕਿ 29 1 2027।
extended-to-error = ਨਵੀਂ ਤਾਰੀਖ਼ ਲਿਖੋ, ਦਿਨ ਸਮੇਤ
extended-to-error-real = ਸਹੀ ਤਾਰੀਖ਼ ਲਿਖੋ, ਜਿਵੇਂ 29 1 2027
extended-to-error-before = ਨਵੀਂ ਤਾਰੀਖ਼ ਉਸ ਦਿਨ ਤੋਂ ਬਾਅਦ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ ਜਦੋਂ ਤੁਸੀਂ ਇਸ ਪੜਾਅ ਲਈ ਬੇਨਤੀ ਕੀਤੀ ਸੀ
follow-up-answer-heading = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ: ਤੁਸੀਂ ਹੁਣ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਤੋਂ ਤਾਰੀਖ਼ਾਂ ਦਾ ਹਿਸਾਬ ਨਹੀਂ ਲਾ ਸਕਦੇ। ਤੁਸੀਂ ਸਾਨੂੰ ਜੋ ਤਾਰੀਖ਼ਾਂ ਦਿੱਤੀਆਂ, ਉਹਨਾਂ ਨੂੰ ਜਾਂਚ ਲਓ।
follow-up-error-complained-after = ਸ਼ਿਕਾਇਤ ਕਰਨ ਵਾਲਾ ਦਿਨ ਉਸ ਦਿਨ ਤੋਂ ਬਾਅਦ ਦਾ ਹੈ ਜੋ ਤੁਸੀਂ ਇਸ ਪੜਾਅ ਲਈ ਦੱਸਿਆ। ਦੋਵੇਂ ਤਾਰੀਖ਼ਾਂ ਜਾਂਚ ਲਓ।
follow-up-error-extended-before = ਸਾਡੀ ਦਿੱਤੀ ਨਵੀਂ ਤਾਰੀਖ਼ ਉਸ ਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੈ ਜਦੋਂ ਤੁਸੀਂ ਇਸ ਪੜਾਅ ਲਈ ਬੇਨਤੀ ਕੀਤੀ ਸੀ। ਦੋਵੇਂ ਤਾਰੀਖ਼ਾਂ ਜਾਂਚ ਲਓ।
follow-up-check-dates = ਤਾਰੀਖ਼ਾਂ ਜਾਂਚੋ
follow-up-late-heading = ਸਾਡੇ ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਹੋ ਗਈ ਹੈ
follow-up-late = ਸਾਨੂੰ ਤੁਹਾਨੂੰ ਆਪਣਾ ਜਵਾਬ { $date } ਤੱਕ ਭੇਜ ਦੇਣਾ ਚਾਹੀਦਾ ਸੀ।
follow-up-late-what = ਤੁਸੀਂ ਹੇਠਾਂ ਤੋਂ ਸਾਨੂੰ ਯਾਦ ਦਿਵਾਉਣ ਵਾਲਾ ਸੁਨੇਹਾ ਭੇਜ ਸਕਦੇ ਹੋ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਸਾਡੇ ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਕਿਉਂ ਹੋਈ ਹੈ ਅਤੇ ਇਹ ਤੁਹਾਨੂੰ ਕਦੋਂ ਮਿਲੇਗਾ।
follow-up-due-heading = ਸਾਡਾ ਜਵਾਬ ਕਦੋਂ ਤੱਕ ਆਉਣਾ ਚਾਹੀਦਾ ਹੈ
follow-up-due = ਸਾਨੂੰ ਤੁਹਾਨੂੰ ਆਪਣਾ ਜਵਾਬ { $date } ਤੱਕ ਭੇਜਣਾ ਚਾਹੀਦਾ ਹੈ।
# The due day depends on the day in the month the person gave.
follow-up-due-depends = ਸਾਡਾ ਜਵਾਬ { $earliest } ਅਤੇ { $latest } ਦੇ ਵਿਚਕਾਰ ਆਉਣਾ ਚਾਹੀਦਾ ਹੈ, ਇਹ ਇਸ ’ਤੇ ਨਿਰਭਰ ਕਰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿਸ ਦਿਨ ਬੇਨਤੀ ਕੀਤੀ। ਜੇ ਉਦੋਂ ਤੱਕ ਨਹੀਂ ਆਇਆ, ਤਾਂ ਇਸ ਵਿੱਚ ਦੇਰੀ ਹੋ ਗਈ ਹੈ।
follow-up-due-extended = ਇਹ ਉਹ ਨਵੀਂ ਤਾਰੀਖ਼ ਹੈ ਜੋ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦਿੱਤੀ ਸੀ।
follow-up-due-allowed = ਜੇ ਸਾਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੋਵੇ, ਤਾਂ ਸਾਡੀ ਪ੍ਰਕਿਰਿਆ ਸਾਨੂੰ ਵੱਧ ਤੋਂ ਵੱਧ { $date } ਤੱਕ ਦਾ ਸਮਾਂ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਕਿਉਂ।
follow-up-due-beyond-allowed = ਇਹ ਉਸ ਸਮੇਂ ਤੋਂ ਬਾਅਦ ਦੀ ਤਾਰੀਖ਼ ਹੈ ਜਿਸ ਦੀ ਸਾਡੀ ਪ੍ਰਕਿਰਿਆ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ { $date }। ਤੁਸੀਂ ਸਾਨੂੰ ਪੁੱਛ ਸਕਦੇ ਹੋ ਕਿ ਕਿਉਂ।
follow-up-due-wait = ਜੇ ਉਦੋਂ ਤੱਕ ਜਵਾਬ ਨਹੀਂ ਆਇਆ, ਤਾਂ ਸਾਨੂੰ ਯਾਦ ਦਿਵਾਉਣ ਵਾਲਾ ਸੁਨੇਹਾ ਭੇਜਣ ਲਈ ਇੱਥੇ ਵਾਪਸ ਆਓ।
# $stage is the next stage's name.
follow-up-next-heading = “{ $stage }” ਲਈ ਬੇਨਤੀ
follow-up-next-council-decides = ਇਹ ਪੜਾਅ ਅੱਗੇ ਵਧੇਗਾ ਜਾਂ ਨਹੀਂ, ਇਸ ਦਾ ਫ਼ੈਸਲਾ ਅਸੀਂ ਕਰਦੇ ਹਾਂ। ਜੇ ਇਹ ਅੱਗੇ ਨਹੀਂ ਵਧਦਾ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਲਿਖ ਕੇ ਦੱਸਾਂਗੇ ਕਿ ਕਿਉਂ।
follow-up-ask-by = { $date } ਤੱਕ ਬੇਨਤੀ ਕਰੋ।
follow-up-ask-by-depends = ਬੇਨਤੀ ਕਰਨ ਦਾ ਆਖ਼ਰੀ ਦਿਨ { $earliest } ਅਤੇ { $latest } ਦੇ ਵਿਚਕਾਰ ਹੈ, ਇਹ ਇਸ ’ਤੇ ਨਿਰਭਰ ਕਰਦਾ ਹੈ ਕਿ ਸਾਡਾ ਜਵਾਬ ਕਿਸ ਦਿਨ ਆਇਆ। ਜਿੰਨੀ ਛੇਤੀ ਹੋ ਸਕੇ ਬੇਨਤੀ ਕਰੋ।
follow-up-ask-by-passed = ਬੇਨਤੀ ਕਰਨ ਦਾ ਆਖ਼ਰੀ ਦਿਨ { $date } ਸੀ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ: ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਹੁਣ ਬੇਨਤੀ ਕਿਉਂ ਕਰ ਰਹੇ ਹੋ। ਦੇਰ ਨਾਲ ਕੀਤੀ ਬੇਨਤੀ ਸਵੀਕਾਰ ਕਰਨੀ ਹੈ ਜਾਂ ਨਹੀਂ, ਇਸ ਦਾ ਫ਼ੈਸਲਾ ਅਸੀਂ ਕਰਦੇ ਹਾਂ, ਅਤੇ ਜੇ ਅਸੀਂ ਇਸ ਨੂੰ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰਦੇ, ਤਾਂ ਲੋਕਪਾਲ ਫਿਰ ਵੀ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਨੂੰ ਦੇਖ ਸਕਦਾ ਹੈ।
follow-up-ask-by-none = ਬੇਨਤੀ ਕਰਨ ਦਾ ਕੋਈ ਆਖ਼ਰੀ ਦਿਨ ਨਹੀਂ ਹੈ, ਪਰ ਛੇਤੀ ਬੇਨਤੀ ਕਰਨਾ ਚੰਗਾ ਰਹਿੰਦਾ ਹੈ, ਜਦੋਂ ਤੱਕ ਗੱਲਾਂ ਯਾਦ ਵਿੱਚ ਤਾਜ਼ਾ ਹਨ।
follow-up-if-asked-today = ਜੇ ਤੁਸੀਂ ਅੱਜ ਬੇਨਤੀ ਕਰਦੇ ਹੋ:
follow-up-ombudsman-heading = ਲੋਕਪਾਲ ਕੋਲ ਜਾਣਾ
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = ਤੁਸੀਂ ਹੁਣ { $ombudsman } ਨੂੰ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਇਹ ਮੁਫ਼ਤ ਅਤੇ ਸੁਤੰਤਰ ਹੈ, ਅਤੇ ਇਹ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦਾ।
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਵੱਧ ਤੋਂ ਵੱਧ { $date } ਤੱਕ, ਅਤੇ ਇਸ ਤੋਂ ਪਹਿਲਾਂ, ਜੇ ਤੁਹਾਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਸਮੱਸਿਆ ਬਾਰੇ ਪਤਾ ਸੀ।
follow-up-ombudsman-by = ਇਸ ਦਾ ਮਤਲਬ ਹੈ { $date } ਤੱਕ।
follow-up-ombudsman-passed = ਉਹ ਦਿਨ ਲੰਘ ਗਿਆ ਹੈ। ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਲੋਕਪਾਲ ਕੋਲ ਪਹਿਲਾਂ ਨਾ ਜਾ ਸਕਣ ਦਾ ਕੋਈ ਚੰਗਾ ਕਾਰਨ ਹੈ, ਤਾਂ ਲੋਕਪਾਲ ਫਿਰ ਵੀ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਨੂੰ ਦੇਖ ਸਕਦਾ ਹੈ: ਲੋਕਪਾਲ ਨੂੰ ਉਹ ਕਾਰਨ ਦੱਸੋ।
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = { $ombudsman } ਆਮ ਤੌਰ ’ਤੇ ਕਿਸੇ ਸ਼ਿਕਾਇਤ ਨੂੰ ਉਦੋਂ ਦੇਖਦਾ ਹੈ ਜਦੋਂ ਅਸੀਂ ਉਸ ਨਾਲ ਨਜਿੱਠਣਾ ਪੂਰਾ ਕਰ ਲਈਏ: “{ $stage }” ਤੋਂ ਬਾਅਦ।
follow-up-request-question = ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
follow-up-request-next = ਅਗਲੇ ਪੜਾਅ ਲਈ ਬੇਨਤੀ ਕਰੋ
follow-up-request-chase = ਸਾਨੂੰ ਯਾਦ ਦਿਵਾਓ
follow-up-request-chase-hint = ਪੁੱਛੋ ਕਿ ਸਾਡੇ ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਕਿਉਂ ਹੋਈ ਹੈ ਅਤੇ ਇਹ ਤੁਹਾਨੂੰ ਕਦੋਂ ਮਿਲੇਗਾ।
follow-up-request-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ
unresolved-question = ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਕਿਸ ਗੱਲ ਤੋਂ ਨਾਖ਼ੁਸ਼ ਹੋ?
unresolved-hint = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਸਾਡੇ ਜਵਾਬ ਵਿੱਚ ਤੁਸੀਂ ਕਿਸ ਗੱਲ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਕੀ ਹਾਲੇ ਵੀ ਠੀਕ ਨਹੀਂ ਹੋਇਆ, ਅਤੇ ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਹੋਵੇ। ਜੇ ਤੁਸੀਂ ਆਖ਼ਰੀ ਦਿਨ ਤੋਂ ਬਾਅਦ ਬੇਨਤੀ ਕਰ ਰਹੇ ਹੋ, ਤਾਂ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕਿਉਂ।
unresolved-error = ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਕਿਸ ਗੱਲ ਤੋਂ ਨਾਖ਼ੁਸ਼ ਹੋ
unresolved-too-long = “ਹਾਲੇ ਵੀ ਕਿਸ ਗੱਲ ਤੋਂ ਨਾਖ਼ੁਸ਼ ਹੋ” ਵਾਲਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## What happens next: dates

timeline-due = { $what }: { $due } ਤੱਕ
timeline-due-extendable = { $what }: { $due } ਤੱਕ, ਜਾਂ ਜੇ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੋਵੇ ਤਾਂ ਵੱਧ ਤੋਂ ਵੱਧ { $latest } ਤੱਕ
timeline-waiting = { $what }: ਅਸੀਂ ਤੁਹਾਨੂੰ ਤਾਰੀਖ਼ ਦੱਸਾਂਗੇ
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = ਇਸ ਲਈ ਕੋਈ ਤੈਅ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ: ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ।
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = ਤੁਸੀਂ ਸਾਨੂੰ “{ $stage }” ਤੋਂ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਕਿਹਾ ਹੈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਕੀ ਅਸੀਂ ਸਹਿਮਤ ਹਾਂ। ਜੇ ਅਸੀਂ ਸਹਿਮਤ ਨਹੀਂ ਹੁੰਦੇ, ਤਾਂ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ “{ $otherwise }” ਤੋਂ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = ਸਿਰਫ਼ ਉਦੋਂ, ਜੇ ਅਸੀਂ “{ $stage }” ਤੋਂ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਸਹਿਮਤ ਨਹੀਂ ਹੁੰਦੇ।

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਪ੍ਰਕਿਰਿਆ
procedure-children-statutory-england = ਬੱਚਿਆਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਪ੍ਰਕਿਰਿਆ
procedure-general-barnsley = ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ
procedure-general-council-000 = ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ
procedure-lgsco-complaint-handling-code = ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ
procedure-northern-ireland-nipso-model = ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ
procedure-scotland-spso = ਸ਼ਿਕਾਇਤਾਂ ਨਾਲ ਨਜਿੱਠਣ ਦੀ ਪ੍ਰਕਿਰਿਆ
procedure-wales-psow-model = ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ
procedure-wales-social-services = ਸੋਸ਼ਲ ਸਰਵਿਸਿਜ਼ (ਸਮਾਜਿਕ ਸੇਵਾਵਾਂ) ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਪ੍ਰਕਿਰਿਆ
stage-adult-complaint = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ
stage-early-resolution = ਛੇਤੀ ਹੱਲ
stage-formal-investigation = ਪੜਾਅ 2: ਰਸਮੀ ਜਾਂਚ
stage-informal-resolution = ਪੜਾਅ 1: ਗੈਰ-ਰਸਮੀ ਹੱਲ
stage-frontline-response = ਪੜਾਅ 1: ਛੇਤੀ ਜਵਾਬ
stage-independent-investigation = ਪੜਾਅ 2: ਸੁਤੰਤਰ ਜਾਂਚ
stage-investigation = ਪੜਾਅ 1: ਜਾਂਚ
stage-local-resolution = ਪੜਾਅ 1: ਕੋਈ ਮੈਨੇਜਰ ਇਸ ਨੂੰ ਦੇਖਦਾ ਹੈ
stage-next-working-day = ਅਗਲੇ ਕੰਮ ਵਾਲੇ ਦਿਨ ਤੱਕ ਮਾਮਲਾ ਠੀਕ ਕਰਨਾ
stage-on-the-spot = ਉਸੇ ਵੇਲੇ ਮਾਮਲਾ ਹੱਲ ਕਰਨਾ
stage-review = ਪੜਾਅ 2: ਸਮੀਖਿਆ
stage-review-panel = ਪੜਾਅ 3: ਸੁਤੰਤਰ ਸਮੀਖਿਆ ਪੈਨਲ
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = ਟੀਮ ਤੋਂ ਬਾਹਰ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਕਰੇਗਾ ਅਤੇ ਇੱਕ ਰਿਪੋਰਟ ਲਿਖੇਗਾ। ਫਿਰ ਕੋਈ ਸੀਨੀਅਰ ਮੈਨੇਜਰ ਤੁਹਾਨੂੰ ਸਾਡਾ ਜਵਾਬ ਭੇਜੇਗਾ।
stage-review-panel-about = ਤਿੰਨ ਸੁਤੰਤਰ ਵਿਅਕਤੀ ਸਾਰੀ ਸਥਿਤੀ ਨੂੰ ਦੇਖਣਗੇ ਅਤੇ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਨ ਲਈ ਤੁਹਾਨੂੰ ਮਿਲਣਗੇ। ਉਹ ਫ਼ੈਸਲਾ ਕਰਨਗੇ ਕਿ ਕੀ ਜਾਂਚ ਨਿਰਪੱਖ ਢੰਗ ਨਾਲ ਹੋਈ, ਕੀ ਜਾਂਚ ਦੇ ਨਤੀਜੇ ਵਾਜਬ ਸਨ, ਅਤੇ ਕੀ ਹੋਰ ਕੁਝ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ।
stage-review-about = ਜੇ ਤੁਸੀਂ ਪੜਾਅ 1 ਵਿੱਚ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਖ਼ੁਸ਼ ਨਹੀਂ ਹੋ, ਤਾਂ ਸਾਡੀ ਟੀਮ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਉਹਨਾਂ ਗੱਲਾਂ ’ਤੇ ਕੰਮ ਕਰੇਗੀ ਜਿਨ੍ਹਾਂ ਦਾ ਤੁਹਾਡੇ ਮੁਤਾਬਕ ਅਜੇ ਵੀ ਜਵਾਬ ਨਹੀਂ ਮਿਲਿਆ। ਸਮੀਖਿਆ ਕੋਈ ਨਵੀਂ ਜਾਂਚ ਨਹੀਂ ਹੁੰਦੀ। ਸਮੀਖਿਆ ਹੋਵੇਗੀ ਜਾਂ ਨਹੀਂ, ਇਸ ਦਾ ਫ਼ੈਸਲਾ ਕੋਈ ਸੀਨੀਅਰ ਡਾਇਰੈਕਟਰ ਕਰੇਗਾ; ਜੇ ਸਮੀਖਿਆ ਨਹੀਂ ਹੁੰਦੀ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਲਿਖ ਕੇ ਦੱਸਾਂਗੇ ਕਿ ਕਿਉਂ।
stage-stage1 = ਪੜਾਅ 1
stage-stage2 = ਪੜਾਅ 2
stage-stage2-investigation = ਪੜਾਅ 2: ਜਾਂਚ
stage-talk-to-the-service = ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰਨਾ
milestone-acknowledgement = ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ, ਅਤੇ ਮਿਲ ਕੇ ਗੱਲ ਕਰਨ ਦੀ ਪੇਸ਼ਕਸ਼ ਕਰਾਂਗੇ
milestone-completion = ਅਸੀਂ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਪੂਰੀ ਕਰਾਂਗੇ
milestone-early-resolution = ਅਸੀਂ ਇਸ ਨੂੰ ਹੱਲ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਾਂਗੇ
milestone-next-working-day-resolution = ਅਸੀਂ ਇਸ ਨੂੰ ਠੀਕ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਾਂਗੇ
milestone-stage1-acknowledgement = ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ
milestone-stage1-contact = ਸਾਡੀ ਟੀਮ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗੀ
milestone-stage1-discussion = ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰਾਂਗੇ ਕਿ ਇਸ ਨੂੰ ਕਿਵੇਂ ਹੱਲ ਕੀਤਾ ਜਾਵੇ
milestone-stage1-response = ਅਸੀਂ ਤੁਹਾਨੂੰ ਆਪਣਾ ਜਵਾਬ ਭੇਜਾਂਗੇ
milestone-stage2-acknowledgement = ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਪੜਾਅ 2 ਲਈ ਤੁਹਾਡੀ ਬੇਨਤੀ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ
milestone-stage2-response = ਅਸੀਂ ਤੁਹਾਨੂੰ ਜਾਂਚ ਦੀ ਰਿਪੋਰਟ ਅਤੇ ਆਪਣਾ ਜਵਾਬ ਭੇਜਾਂਗੇ
milestone-stage2-review = ਅਸੀਂ ਸਮੀਖਿਆ ਪੂਰੀ ਕਰਾਂਗੇ
milestone-stage3-panel-meeting = ਸਮੀਖਿਆ ਪੈਨਲ ਦੀ ਮੀਟਿੰਗ ਹੋਵੇਗੀ
milestone-stage3-panel-report = ਸਮੀਖਿਆ ਪੈਨਲ ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜੇਗਾ
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = ਤੁਸੀਂ ਪੜਾਅ 1 ਵਿੱਚ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਬਾਅਦ { $count } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਪੜਾਅ 2 ਲਈ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ।
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = ਤੁਸੀਂ ਪੜਾਅ 2 ਵਿੱਚ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਬਾਅਦ { $count } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਸਮੀਖਿਆ ਪੈਨਲ ਦੀ ਮੰਗ ਕਰ ਸਕਦੇ ਹੋ।
milestone-stage3-response = ਅਸੀਂ ਪੈਨਲ ਦੀ ਰਿਪੋਰਟ ਦਾ ਜਵਾਬ ਦੇਵਾਂਗੇ
ombudsman-lgsco = ਸਥਾਨਕ ਸਰਕਾਰ ਅਤੇ ਸੋਸ਼ਲ ਕੇਅਰ ਲੋਕਪਾਲ (Local Government and Social Care Ombudsman)
ombudsman-psow = ਵੇਲਜ਼ ਦਾ ਜਨਤਕ ਸੇਵਾਵਾਂ ਲੋਕਪਾਲ (Public Services Ombudsman for Wales)
ombudsman-spso = ਸਕਾਟਲੈਂਡ ਦਾ ਜਨਤਕ ਸੇਵਾਵਾਂ ਲੋਕਪਾਲ (Scottish Public Services Ombudsman)
ombudsman-nipso = ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਦਾ ਜਨਤਕ ਸੇਵਾਵਾਂ ਲੋਕਪਾਲ (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = ਜੇ ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਨਾਖ਼ੁਸ਼ ਹੋ
# $ombudsman is the Ombudsman's name.
ombudsman-intro = ਤੁਸੀਂ { $ombudsman } ਨੂੰ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਇਹ ਮੁਫ਼ਤ ਅਤੇ ਸੁਤੰਤਰ ਹੈ, ਅਤੇ ਇਹ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦਾ।
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] ਆਮ ਤੌਰ ’ਤੇ ਤੁਹਾਨੂੰ ਸਮੱਸਿਆ ਬਾਰੇ ਪਹਿਲੀ ਵਾਰ ਪਤਾ ਲੱਗਣ ਤੋਂ { $months } ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਲੋਕਪਾਲ ਕੋਲ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ, ਨਾ ਕਿ ਸਾਡੇ ਜਵਾਬ ਤੋਂ { $months } ਮਹੀਨੇ ਦੇ ਅੰਦਰ।
   *[other] ਆਮ ਤੌਰ ’ਤੇ ਤੁਹਾਨੂੰ ਸਮੱਸਿਆ ਬਾਰੇ ਪਹਿਲੀ ਵਾਰ ਪਤਾ ਲੱਗਣ ਤੋਂ { $months } ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਲੋਕਪਾਲ ਕੋਲ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ, ਨਾ ਕਿ ਸਾਡੇ ਜਵਾਬ ਤੋਂ { $months } ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ।
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] ਆਮ ਤੌਰ ’ਤੇ ਤੁਹਾਨੂੰ ਸਾਡੇ ਆਖ਼ਰੀ ਜਵਾਬ ਤੋਂ { $months } ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਲੋਕਪਾਲ ਕੋਲ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
   *[other] ਆਮ ਤੌਰ ’ਤੇ ਤੁਹਾਨੂੰ ਸਾਡੇ ਆਖ਼ਰੀ ਜਵਾਬ ਤੋਂ { $months } ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਲੋਕਪਾਲ ਕੋਲ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = ਤੁਹਾਡੀ ਦੱਸੀ ਤਾਰੀਖ਼ ਦੇ ਹਿਸਾਬ ਨਾਲ, ਇਸ ਦਾ ਮਤਲਬ ਹੈ { $date } ਤੱਕ।
ombudsman-early = ਲੋਕਪਾਲ ਆਮ ਤੌਰ ’ਤੇ ਇਹ ਉਮੀਦ ਕਰਦਾ ਹੈ ਕਿ ਪਹਿਲਾਂ ਅਸੀਂ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਨਾਲ ਨਜਿੱਠਣਾ ਪੂਰਾ ਕਰੀਏ। ਜੇ ਅਸੀਂ ਵਾਜਬ ਸਮੇਂ ਵਿੱਚ ਤੁਹਾਨੂੰ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ, ਤਾਂ ਲੋਕਪਾਲ ਇਸ ਨੂੰ ਪਹਿਲਾਂ ਵੀ ਦੇਖ ਸਕਦਾ ਹੈ।
ombudsman-ready = ਜਦੋਂ ਤੁਸੀਂ ਲੋਕਪਾਲ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਤਾਂ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ({ $reference }), ਤੁਹਾਨੂੰ ਭੇਜੇ ਸਾਡੇ ਜਵਾਬ, ਅਤੇ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਕੋਈ ਵੀ ਚਿੱਠੀਆਂ, ਈਮੇਲਾਂ ਜਾਂ ਕਾਗਜ਼ਾਤ ਤਿਆਰ ਰੱਖੋ।
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = ਜੇ ਤੁਸੀਂ ਉਹਨਾਂ ਦੇ ਜਵਾਬ ਤੋਂ ਖ਼ੁਸ਼ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ { $body } ਨੂੰ ਇਸ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ।
regulator-cqc = ਦੇਖਭਾਲ ਗੁਣਵੱਤਾ ਕਮਿਸ਼ਨ (Care Quality Commission)
regulator-ciw = ਵੇਲਜ਼ ਦਾ ਦੇਖਭਾਲ ਨਿਰੀਖਣ ਵਿਭਾਗ (Care Inspectorate Wales)
regulator-care-inspectorate = ਸਕਾਟਲੈਂਡ ਦਾ ਦੇਖਭਾਲ ਨਿਰੀਖਣ ਵਿਭਾਗ (Care Inspectorate)
regulator-rqia = ਨਿਯਮਨ ਅਤੇ ਗੁਣਵੱਤਾ ਸੁਧਾਰ ਅਥਾਰਟੀ (Regulation and Quality Improvement Authority)
regulator-tell-cqc = ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਦੇਖਭਾਲ ਗੁਣਵੱਤਾ ਕਮਿਸ਼ਨ (Care Quality Commission) ਨੂੰ ਵੀ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਕਮਿਸ਼ਨ ਦੇਖਭਾਲ ਸੇਵਾਵਾਂ ਦੀ ਗੁਣਵੱਤਾ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ, ਪਰ ਇਹ ਵਿਅਕਤੀਗਤ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰਦਾ।
regulator-tell-ciw = ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਵੇਲਜ਼ ਦੇ ਦੇਖਭਾਲ ਨਿਰੀਖਣ ਵਿਭਾਗ (Care Inspectorate Wales) ਨੂੰ ਵੀ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਵਿਭਾਗ ਦੇਖਭਾਲ ਸੇਵਾਵਾਂ ਦੀ ਗੁਣਵੱਤਾ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ, ਪਰ ਇਹ ਵਿਅਕਤੀਗਤ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰਦਾ।
regulator-tell-care-inspectorate = ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਸਕਾਟਲੈਂਡ ਦੇ ਦੇਖਭਾਲ ਨਿਰੀਖਣ ਵਿਭਾਗ (Care Inspectorate) ਨੂੰ ਵੀ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਵਿਭਾਗ ਦੇਖਭਾਲ ਸੇਵਾਵਾਂ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ, ਅਤੇ ਕਿਸੇ ਦੇਖਭਾਲ ਸੇਵਾ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਦੀ ਜਾਂਚ ਕਰ ਸਕਦਾ ਹੈ।
regulator-tell-rqia = ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਨਿਯਮਨ ਅਤੇ ਗੁਣਵੱਤਾ ਸੁਧਾਰ ਅਥਾਰਟੀ (Regulation and Quality Improvement Authority, RQIA) ਨੂੰ ਵੀ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਅਥਾਰਟੀ ਦੇਖਭਾਲ ਸੇਵਾਵਾਂ ਦੀ ਗੁਣਵੱਤਾ ਦੀ ਜਾਂਚ ਕਰਦੀ ਹੈ, ਪਰ ਇਹ ਵਿਅਕਤੀਗਤ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰਦੀ।

## Which procedure, and why

routing-reason-children = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਬੱਚਿਆਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਹੈ, ਇਸ ਲਈ ਇਸ ’ਤੇ ਬੱਚਿਆਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਪ੍ਰਕਿਰਿਆ ਲਾਗੂ ਹੋਵੇਗੀ। ਇਹ ਪ੍ਰਕਿਰਿਆ ਕਾਨੂੰਨ ਵੱਲੋਂ ਤੈਅ ਕੀਤੀ ਗਈ ਹੈ।
routing-reason-adults = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਬਾਲਗਾਂ ਦੀ ਉਸ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਹੈ ਜਿਸ ਦਾ ਪ੍ਰਬੰਧ ਕੌਂਸਲ ਕਰਦੀ ਹੈ, ਇਸ ਲਈ ਇਸ ’ਤੇ ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਪ੍ਰਕਿਰਿਆ ਲਾਗੂ ਹੋਵੇਗੀ। ਇਹ ਪ੍ਰਕਿਰਿਆ ਕਾਨੂੰਨ ਵੱਲੋਂ ਤੈਅ ਕੀਤੀ ਗਈ ਹੈ।
routing-reason-adults-council-part = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਵਿੱਚ ਕੌਂਸਲ ਦੇ ਹਿੱਸੇ ਬਾਰੇ ਹੈ, ਇਸ ਲਈ ਇਸ ’ਤੇ ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਪ੍ਰਕਿਰਿਆ ਲਾਗੂ ਹੋਵੇਗੀ। ਇਹ ਪ੍ਰਕਿਰਿਆ ਕਾਨੂੰਨ ਵੱਲੋਂ ਤੈਅ ਕੀਤੀ ਗਈ ਹੈ।
routing-reason-adults-own-procedure = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਬਾਲਗਾਂ ਦੀ ਉਸ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਹੈ ਜਿਸ ਦਾ ਪ੍ਰਬੰਧ ਕੌਂਸਲ ਕਰਦੀ ਹੈ। ਕੌਂਸਲ ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਨਾਲ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਰਾਹੀਂ ਨਜਿੱਠਦੀ ਹੈ।
routing-reason-adults-council-part-own-procedure = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਵਿੱਚ ਕੌਂਸਲ ਦੇ ਹਿੱਸੇ ਬਾਰੇ ਹੈ। ਕੌਂਸਲ ਬਾਲਗਾਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਨਾਲ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਰਾਹੀਂ ਨਜਿੱਠਦੀ ਹੈ।
routing-reason-general = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ’ਤੇ ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਲਾਗੂ ਹੋਵੇਗੀ।

## Exit this page

exit-button = ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = ਐਮਰਜੈਂਸੀ
exit-hint = ਜਾਂ Shift ਬਟਨ 3 ਵਾਰ ਦਬਾਓ। ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਜਾਣਗੇ।
exit-shift-count = { $count ->
    [one] Shift: ਬਾਹਰ ਜਾਣ ਲਈ { $count } ਵਾਰ ਹੋਰ ਦਬਾਓ।
   *[other] Shift: ਬਾਹਰ ਜਾਣ ਲਈ { $count } ਵਾਰ ਹੋਰ ਦਬਾਓ।
}

## Your answers (footer)

answers-heading = ਤੁਹਾਡੇ ਜਵਾਬ
answers-kept-tab = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਟੈਬ ਵਿੱਚ ਉਦੋਂ ਤੱਕ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਭੇਜ ਨਹੀਂ ਦਿੰਦੇ ਜਾਂ ਟੈਬ ਬੰਦ ਨਹੀਂ ਕਰ ਦਿੰਦੇ।
answers-kept-device = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਉਦੋਂ ਤੱਕ ਸੇਵ ਰਹਿੰਦੇ ਹਨ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਭੇਜ ਨਹੀਂ ਦਿੰਦੇ ਜਾਂ ਮਿਟਾ ਨਹੀਂ ਦਿੰਦੇ।
answers-shared-warning = ਆਪਣੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਤਾਂ ਹੀ ਸੇਵ ਕਰੋ ਜੇ ਇਸ ਨੂੰ ਹੋਰ ਕੋਈ ਨਹੀਂ ਵਰਤਦਾ: ਜੋ ਵੀ ਇਸ ਨੂੰ ਵਰਤਦਾ ਹੈ, ਉਹ ਤੁਹਾਡੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।
answers-keep-device = ਮੇਰੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸੇਵ ਕਰੋ
answers-keep-tab = ਮੇਰੇ ਜਵਾਬ ਸਿਰਫ਼ ਇਸ ਟੈਬ ਵਿੱਚ ਰੱਖੋ
answers-clear = ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
answers-clear-sure = ਇਸ ਨਾਲ ਉਹ ਸਭ ਕੁਝ ਮਿਟ ਜਾਵੇਗਾ ਜੋ ਤੁਸੀਂ ਹੁਣ ਤੱਕ ਸਾਨੂੰ ਦੱਸਿਆ ਹੈ। ਕੀ ਤੁਹਾਨੂੰ ਪੱਕਾ ਯਕੀਨ ਹੈ?
answers-clear-yes = ਹਾਂ, ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
answers-clear-no = ਨਹੀਂ, ਇਹਨਾਂ ਨੂੰ ਰੱਖੋ
answers-cleared = ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ।
# Links in the footer to pages of the council's own site.
footer-privacy = ਨਿੱਜਤਾ ਨੋਟਿਸ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
# The footer link to the council's complaints procedure.
footer-procedure = ਕੌਂਸਲ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ

## Calendar file

confirmation-calendar = ਇਹ ਤਾਰੀਖ਼ਾਂ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ (.ics ਫ਼ਾਈਲ)
ics-summary = { $what } (ਸ਼ਿਕਾਇਤ { $reference })
ics-description = { $council } ਨੂੰ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ, ਹਵਾਲਾ ਨੰਬਰ { $reference }।

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = ਭਾਸ਼ਾ
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
language-load-failed = ਮਾਫ਼ ਕਰਨਾ, ਅਸੀਂ ਉਹ ਭਾਸ਼ਾ ਲੋਡ ਨਹੀਂ ਕਰ ਸਕੇ। ਇਸ ਦੀ ਥਾਂ ਸੇਵਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

other-ways-heading = ਇਸ ਔਨਲਾਈਨ ਫ਼ਾਰਮ ਲਈ JavaScript ਦੀ ਲੋੜ ਹੈ
other-ways-why = ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ JavaScript ਬੰਦ ਹੈ ਜਾਂ ਰੋਕੀ ਗਈ ਹੈ, ਜਾਂ ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਇਹ ਫ਼ਾਰਮ ਨਹੀਂ ਚਲਾ ਸਕਦਾ।
other-ways-instead = ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇੱਕ ਤਰੀਕੇ ਨਾਲ ਸ਼ਿਕਾਇਤ, ਪ੍ਰਸ਼ੰਸਾ ਜਾਂ ਟਿੱਪਣੀ ਕਰ ਸਕਦੇ ਹੋ।
other-ways-back = ਸ਼ੁਰੂਆਤੀ ਪੰਨੇ ’ਤੇ ਵਾਪਸ ਜਾਓ

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = { $council } ਨੂੰ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਭੇਜਣ ਲਈ ਧੰਨਵਾਦ। ਇਹ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ, ਅਤੇ ਅਸੀਂ ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਤਾਰੀਖ਼ਾਂ ਤੱਕ ਇਸ ’ਤੇ ਕਾਰਵਾਈ ਕਰਾਂਗੇ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਈਮੇਲ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।
acknowledgement-intro-feedback = { $council } ਨੂੰ ਆਪਣਾ ਸੁਨੇਹਾ ਭੇਜਣ ਲਈ ਧੰਨਵਾਦ। ਇਹ ਸਾਨੂੰ ਮਿਲ ਗਿਆ ਹੈ।
acknowledgement-intro-follow-up = { $council } ਨੂੰ ਕੀਤੀ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਤੁਹਾਡੀ ਬੇਨਤੀ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ।
acknowledgement-contact = ਜੇ ਤੁਹਾਡਾ ਕੋਈ ਸਵਾਲ ਹੈ, ਤਾਂ { $council } ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਅਤੇ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ, { $reference }, ਦੱਸੋ।
acknowledgement-why = ਤੁਹਾਨੂੰ ਇਹ ਈਮੇਲ ਇਸ ਲਈ ਮਿਲ ਰਹੀ ਹੈ ਕਿਉਂਕਿ { $council } ਦੇ ਔਨਲਾਈਨ ਸ਼ਿਕਾਇਤ ਫ਼ਾਰਮ ਰਾਹੀਂ ਕੁਝ ਭੇਜਦੇ ਸਮੇਂ ਇਹ ਈਮੇਲ ਪਤਾ ਦਿੱਤਾ ਗਿਆ ਸੀ। ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਭੇਜਿਆ ਸੀ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਨੂੰ ਦੱਸੋ।
