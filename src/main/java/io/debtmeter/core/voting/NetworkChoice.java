package io.debtmeter.core.voting;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * A network the voting server may listen on: one address of one interface of this laptop.
 *
 * @param defaultRoute true for the interface the laptop reaches the rest of the network through, the
 *                     one phones on the same Wi-Fi can most likely reach
 */
public record NetworkChoice(String interfaceName, InetAddress address, boolean defaultRoute) {

    public boolean loopback() {
        return address.isLoopbackAddress();
    }

    /** The address as it goes into a URL: IPv6 in brackets. */
    public String host() {
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + text.replaceAll("%.*", "") + "]" : text;
    }
}
