package org.labcanvas.model.sim.nhrp;

/** Per-interface NHRP packet counters, by packet type, as {@code show ip nhrp traffic} counts them. */
public final class NhrpTraffic {
    long sentRegistrationRequest;
    long sentRegistrationReply;
    long sentResolutionRequest;
    long sentResolutionReply;
    long sentErrorIndication;
    long recvRegistrationRequest;
    long recvRegistrationReply;
    long recvResolutionRequest;
    long recvResolutionReply;
    long recvErrorIndication;

    public long sentRegistrationRequest() { return sentRegistrationRequest; }
    public long sentRegistrationReply() { return sentRegistrationReply; }
    public long sentResolutionRequest() { return sentResolutionRequest; }
    public long sentResolutionReply() { return sentResolutionReply; }
    public long sentErrorIndication() { return sentErrorIndication; }
    public long recvRegistrationRequest() { return recvRegistrationRequest; }
    public long recvRegistrationReply() { return recvRegistrationReply; }
    public long recvResolutionRequest() { return recvResolutionRequest; }
    public long recvResolutionReply() { return recvResolutionReply; }
    public long recvErrorIndication() { return recvErrorIndication; }

    void copyFrom(NhrpTraffic o) {
        sentRegistrationRequest = o.sentRegistrationRequest;
        sentRegistrationReply = o.sentRegistrationReply;
        sentResolutionRequest = o.sentResolutionRequest;
        sentResolutionReply = o.sentResolutionReply;
        sentErrorIndication = o.sentErrorIndication;
        recvRegistrationRequest = o.recvRegistrationRequest;
        recvRegistrationReply = o.recvRegistrationReply;
        recvResolutionRequest = o.recvResolutionRequest;
        recvResolutionReply = o.recvResolutionReply;
        recvErrorIndication = o.recvErrorIndication;
    }

    void reset() {
        sentRegistrationRequest = sentRegistrationReply = sentResolutionRequest = sentResolutionReply = 0;
        sentErrorIndication = recvRegistrationRequest = recvRegistrationReply = recvResolutionRequest = 0;
        recvResolutionReply = recvErrorIndication = 0;
    }

    public long sentTotal() {
        return sentRegistrationRequest + sentRegistrationReply + sentResolutionRequest + sentResolutionReply
                + sentErrorIndication;
    }

    public long recvTotal() {
        return recvRegistrationRequest + recvRegistrationReply + recvResolutionRequest + recvResolutionReply
                + recvErrorIndication;
    }
}
