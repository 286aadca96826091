package be.atrium.meetings;

/** A task is open until its assignee (or an organiser) marks it done. */
public enum TaskStatus {
    OPEN, DONE
}
