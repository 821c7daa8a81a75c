package vn.tochuc.people;

import java.util.List;

/** One page of a people list, with the total number of matches. */
public record PersonPage(List<PersonSummary> items, long total, int page, int size) {

    public long pages() {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
