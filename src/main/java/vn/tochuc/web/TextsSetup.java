package vn.tochuc.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.tochuc.shared.Texts;

/** Hands the application's MessageSource to {@link Texts}, which resolves message keys for code that holds no bean. */
@Component
class TextsSetup {

    TextsSetup(MessageSource messages) {
        Texts.use(messages);
    }
}
