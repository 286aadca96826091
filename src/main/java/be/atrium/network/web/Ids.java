package be.atrium.network.web;

import be.atrium.platform.NotFoundException;

/** Turns an id from the address into a number; anything else is a page that does not exist. */
final class Ids {

    private Ids() {
    }

    static long parse(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw new NotFoundException("no such id: " + value);
        }
        return Long.parseLong(value.strip());
    }
}
