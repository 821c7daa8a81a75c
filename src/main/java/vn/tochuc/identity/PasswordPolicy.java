package vn.tochuc.identity;

import java.util.Optional;

/** Minimum password strength; returns the message key of the first rule broken. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.needsLetterAndDigit");
        }
        return Optional.empty();
    }
}
