package vn.tochuc.portal;

/** "Thống kê truy cập": people online now (guests and members) and all-time visits. */
public record VisitorStats(long guests, long members, long visits) {

    public long total() {
        return guests + members;
    }
}
