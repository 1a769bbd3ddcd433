// Progressive enhancement of the reading aids: the links work without this file.
(function () {
    "use strict";

    var COOKIES = { size: "kangle_text_size", contrast: "kangle_contrast" };
    var YEAR = 365 * 24 * 60 * 60;

    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-reading-aid]");
        if (!link) {
            return;
        }
        var aid = link.getAttribute("data-reading-aid");
        var choice = link.getAttribute("data-choice");
        if (!COOKIES[aid]) {
            return;
        }
        event.preventDefault();
        document.cookie = COOKIES[aid] + "=" + choice + "; max-age=" + YEAR + "; path=/; samesite=lax";
        var root = document.documentElement;
        var prefix = aid === "size" ? "text-" : "contrast-";
        root.className = root.className
            .split(" ")
            .filter(function (name) { return name.indexOf(prefix) !== 0; })
            .concat(prefix + choice)
            .join(" ");
        document.querySelectorAll('[data-reading-aid="' + aid + '"]').forEach(function (option) {
            var active = option === link;
            option.classList.toggle("is-active", active);
            if (active) {
                option.setAttribute("aria-current", "true");
            } else {
                option.removeAttribute("aria-current");
            }
        });
    });

    var readButton = document.querySelector("[data-read-aloud]");
    if (readButton && "speechSynthesis" in window) {
        readButton.hidden = false;
        readButton.addEventListener("click", function () {
            if (window.speechSynthesis.speaking) {
                window.speechSynthesis.cancel();
                readButton.textContent = "朗读本页";
                return;
            }
            var source = document.querySelector("[data-read-aloud-source]") || document.querySelector("main");
            var title = document.querySelector("main h1");
            var text = (title ? title.textContent + "。" : "") + source.textContent;
            var utterance = new SpeechSynthesisUtterance(text.replace(/\s+/g, " ").trim());
            utterance.lang = "zh-CN";
            utterance.rate = 0.9;
            utterance.onend = function () { readButton.textContent = "朗读本页"; };
            readButton.textContent = "停止朗读";
            window.speechSynthesis.speak(utterance);
        });
    }
})();
