/** What the extension needs to know about a Microsoft.Compute virtual machine scale set. */
export interface ScaleSetSummary {
	readonly id: string;
	readonly name: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly location: string;
	/** `Flexible`, `Uniform`, or undefined when the service does not say. */
	readonly orchestrationMode: string | undefined;
	readonly capacity: number;
	readonly zones: readonly string[];
	readonly platformFaultDomainCount: number | undefined;
	readonly hibernationEnabled: boolean;
	readonly ephemeralOsDisk: boolean;
	/** True when the image comes from an Azure Compute Gallery. */
	readonly galleryImage: boolean;
}

export interface SubscriptionSummary {
	readonly subscriptionId: string;
	readonly displayName: string;
	readonly tenantId: string | undefined;
	readonly state: string | undefined;
}
