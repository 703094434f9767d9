resource ${1:standbyContainerPool} 'Microsoft.StandbyPool/standbyContainerGroupPools@2026-04-01' = {
	name: '${2:standby-container-pool}'
	location: ${3:resourceGroup().location}
	properties: {
		elasticityProfile: {
			maxReadyCapacity: ${4:5}
			refillPolicy: 'always'
		}
		containerGroupProperties: {
			containerGroupProfile: {
				id: ${5:resourceId('Microsoft.ContainerInstance/containerGroupProfiles', 'my-container-group-profile')}
				revision: ${6:1}
			}
		}
	}
}
