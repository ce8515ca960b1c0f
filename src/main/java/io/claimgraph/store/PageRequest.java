package io.claimgraph.store;

/**
 * The paging arguments of a connection, Relay style: {@code first} rows after the {@code after} cursor, or the
 * {@code last} rows before the {@code before} cursor. Both cursors may bound one page. {@code last} wins over
 * {@code first}, whose schema default (20) is always present.
 */
public record PageRequest(Integer first, String after, Integer last, String before) {

    /** The first page of the default size. */
    public static final PageRequest FIRST = new PageRequest(null, null, null, null);

    public static PageRequest forward(Integer first, String after) {
        return new PageRequest(first, after, null, null);
    }

    /** Whether the page is read from its end: the rows just before {@code before} (or the list's last rows). */
    public boolean backward() {
        return last != null;
    }
}
