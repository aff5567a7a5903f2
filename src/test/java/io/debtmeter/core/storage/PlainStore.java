package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** A real store seen only through the {@link AssessmentStore} interface: no longer a {@link SqliteAssessmentStore}. */
public final class PlainStore {

    private PlainStore() {
    }

    /**
     * Every method the interface declares without a body goes to the real store; every default
     * method runs as written in {@link AssessmentStore}: the reference the SQLite store's faster
     * bulk reads must agree with.
     */
    public static AssessmentStore withDefaultsOver(AssessmentStore real) {
        return proxy(real, true);
    }

    /** Every method goes to the real store, which is hidden: nothing can use its bulk import. */
    public static AssessmentStore forwardingTo(AssessmentStore real) {
        return proxy(real, false);
    }

    private static AssessmentStore proxy(AssessmentStore real, boolean defaultsAsWritten) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (defaultsAsWritten && method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (AssessmentStore) Proxy.newProxyInstance(PlainStore.class.getClassLoader(),
                new Class<?>[] {AssessmentStore.class}, handler);
    }
}
