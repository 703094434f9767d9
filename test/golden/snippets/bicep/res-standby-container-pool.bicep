resource standbyContainerPool 'Microsoft.StandbyPool/standbyContainerGroupPools@2026-04-01' = {
	name: 'standby-container-pool'
	location: resourceGroup().location
	properties: {
		elasticityProfile: {
			maxReadyCapacity: 5
			refillPolicy: 'always'
		}
		containerGroupProperties: {
			containerGroupProfile: {
				id: resourceId('Microsoft.ContainerInstance/containerGroupProfiles', 'my-container-group-profile')
				revision: 1
			}
		}
	}
}
