package be.atrium.meetings;

import java.time.LocalDate;

/**
 * A task as an organiser describes it.
 *
 * @param assignee the username of a member of the meeting's Atrium
 * @param due      the day it should be done by; null for none
 */
public record TaskInput(TaskKind kind, String assignee, LocalDate due, String description) {
}
