namespace HireGuard.Rules.BuiltIn;

/// <summary>The built-in rules, in evaluation order.</summary>
internal static class BuiltInRules
{
    public static IReadOnlyList<IRiskRule> Create() =>
    [
        new PayoutNameMismatchRule(),
        new CryptoPayoutRule(),
        new PayoutCountryRule(),
        new PayoutChurnRule(),
        new ShipAddressMismatchRule(),
        new DevicePossessionRule(),
        new RemoteAccessToolRule(),
        new KvmHardwareRule(),
        new DayOneTamperingRule(),
        new BrowserTimeZoneRule(),
        new IpGeolocationMismatchRule(),
        new AnonymousInfrastructureRule(),
        new NamedVpnProviderRule(),
        new ImpossibleTravelRule(),
        new DprkAddressSpaceRule(),
        new InputLatencyRule(),
        new AlwaysOnSessionRule(),
        new DocumentTamperRule(),
        new NonLiveDocumentRule(),
        new SelfieLivenessRule(),
        new RecordCheckRule(),
        new UnverifiableHistoryRule(),
        new WeakReferencesRule(),
        new CameraAvoidanceRule(),
        new SyntheticMediaRule(),
        new PersonSwitchRule(),
        new InPersonAvoidanceRule(),
        new SdnCounterpartyRule(),
        new WalletExposureRule(),
        new DprkNexusRule(),
    ];
}
