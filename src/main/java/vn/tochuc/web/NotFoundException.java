package vn.tochuc.web;

/** A requested thing does not exist (or is not visible): answered with 404 in Vietnamese. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
